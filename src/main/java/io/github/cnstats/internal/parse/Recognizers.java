package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.units.UnitLexicon;

/**
 * One thread's lexer, token table, token stream, parser and the builder of its results, reused from sentence
 * to sentence.
 *
 * <p>Making them anew for every sentence cost a few percent of a parse and as much of what it allocated
 * (an ANTLR lexer or parser is a dozen objects before it reads anything). Each starts over on every sentence:
 * the lexer at the sentence's first character with its state reset, the table empty, the stream at the first
 * token of each stretch it is given, the parser reset by it, the builder empty (what it built for a sentence
 * was copied out). The tokens made for a sentence read their text from the sentence's own character
 * stream, so they stay valid after the next sentence is read.
 *
 * <p>Not thread-safe: {@link SentenceParser} keeps one per thread.
 */
final class Recognizers {

    final LexiconLexer lexer;
    final LexedTokens tokens = new LexedTokens();
    final TokenRun run;
    final PieceParser parser = new PieceParser();
    final ParsedSentence.Builder elements = new ParsedSentence.Builder();
    final RunReader reader;
    final PeriodReader periods;
    final FrameReader frames;

    Recognizers(UnitLexicon units, PlainHan plain) {
        this.lexer = new LexiconLexer("", units, plain);
        this.run = new TokenRun(lexer);
        this.reader = new RunReader(tokens, run, parser, elements);
        this.periods = new PeriodReader(tokens, run, parser, elements);
        this.frames = new FrameReader(tokens, run, parser, elements);
    }

    /** Lexes {@code sentence} into {@link #tokens}. */
    void lex(String sentence) {
        lex(sentence, 0, sentence.length());
    }

    /** Lexes the sentence from {@code start} to {@code end} (exclusive) of {@code text} into {@link #tokens}. */
    void lex(String text, int start, int end) {
        Utf16CharStream input = new Utf16CharStream(text, start, end);
        lexer.read(input);
        tokens.startSentence(input);
        TextRuns.read(lexer, tokens);
    }
}
