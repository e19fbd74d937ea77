package io.github.cnstats.internal.parse;

import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The grammar's lexer, with units and counters read from a lexicon instead of from lexer rules.
 *
 * <p>At every token start the lexicon is asked for the longest unit that begins there. When it is longer than
 * the token the grammar would make, the unit wins ({@code 千瓦} over the magnitude {@code 千}); when the grammar's token is longer, or as
 * long and not a catch-all character, the grammar wins ({@code 个百分点} over the counter {@code 个}). Units
 * whose kind is {@link UnitKind#TIME} become {@code TIME_UNIT} tokens, money units {@code MONEY_UNIT} tokens (a
 * currency can stand before the number), the rest {@code UNIT} tokens.
 *
 * <p>A run of {@link PlainHan plain Han characters}, which could only be one-character {@code HAN} tokens, is
 * one {@code HAN} token, made here without ANTLR: the parser reads either as plain text, and a run of such
 * characters is most of an article.
 *
 * <p>{@link #advance()} reads the next token without making an object for it, leaving its type, offsets and
 * channel in the lexer: {@link TextRuns} copies them into a {@link LexedTokens} table, joining text as it
 * goes, so that the tokens it joins or drops cost nothing. {@link #nextToken()} makes ANTLR tokens of the same
 * reading, for a token stream of the usual kind.
 *
 * <p>Not thread-safe, like every ANTLR lexer: one per thread, reading one sentence after another
 * ({@link #read(Utf16CharStream)}).
 */
final class LexiconLexer extends StatsLexer {

    private final UnitLexicon units;
    private final PlainHan plain;
    private final UnitTypes unitTypes;
    /** The sentence being read, as characters: the lexer's input, which ends where the sentence does. */
    private Utf16CharStream text;

    /** The token {@link #advance()} read last. */
    private int tokenStart;
    private int tokenStop;
    private int tokenChannel;

    LexiconLexer(String text, UnitLexicon units, PlainHan plain) {
        this(new Utf16CharStream(text), units, plain);
    }

    private LexiconLexer(Utf16CharStream text, UnitLexicon units, PlainHan plain) {
        super(text);
        this.text = text;
        this.units = units;
        this.plain = plain;
        this.unitTypes = new UnitTypes(units);
        this._interp = new WideCharDfaSimulator(this, _ATN, _decisionToDFA, _sharedContextCache);
        removeErrorListeners();
    }

    /** Starts reading {@code sentence}, from its first character. */
    void read(Utf16CharStream sentence) {
        this.text = sentence;
        // What Lexer.setInputStream does, without the two Pairs it makes each time for the token factory, which
        // advance() never uses: nextToken makes the pair when the input has changed.
        _input = sentence;
        reset();
    }

    /**
     * Reads the next token.
     *
     * @return its type, {@link Token#EOF} at the end of the text; {@link #start()}, {@link #stop()} and
     *         {@link #channel()} say where it is
     */
    int advance() {
        int start = _input.index();
        tokenStart = start;
        tokenChannel = Token.DEFAULT_CHANNEL;
        if (start >= text.length()) {
            // As Lexer.nextToken, which does not ask the ATN at the end either: ANTLR caches no DFA edge on
            // EOF, so asking meant computing the lexer's start state's reach once per sentence.
            tokenStop = start - 1;
            return Token.EOF;
        }
        if (plain.contains(text.charAt(start))) {
            int end = start + 1;
            while (end < text.length() && plain.contains(text.charAt(end))) {
                end++;
            }
            return endAt(HAN, end);
        }
        int unitLength = units.mayStartWith(text.charAt(start)) ? units.matchLength(text, start) : 0;
        int grammarType = matchGrammar();
        if (unitLength == 0 || tokenStart != start) {
            return grammarType;
        }
        int grammarLength = tokenStop - start + 1;
        boolean catchAll = grammarType == HAN || grammarType == LATIN || grammarType == OTHER;
        if (grammarLength > unitLength || (grammarLength == unitLength && !catchAll)) {
            return grammarType;
        }
        int end = start + unitLength;
        tokenChannel = Token.DEFAULT_CHANNEL;
        // the unit lies within the sentence, so its characters are read where the sentence stands in its string
        return endAt(unitTypes.typeOf(text.source(), text.offset() + start, text.offset() + end), end);
    }

    /** Ends the token being read before {@code end}, wherever ANTLR stopped, if it was asked. */
    private int endAt(int type, int end) {
        _input.seek(end);
        tokenStop = end - 1;
        return type;
    }

    /**
     * The type of the grammar's token at the current character, read as {@link org.antlr.v4.runtime.Lexer#nextToken}
     * reads it, without making a token: the grammar has one mode and neither {@code skip} nor {@code more}, so
     * that is one match of the lexer's ATN, whose actions set the channel of white space or retype a character its neighbours decide. A character
     * that no rule matches (none: {@code OTHER} takes any) would be skipped, as ANTLR's lexer recovers.
     */
    private int matchGrammar() {
        while (true) {
            _tokenStartCharIndex = _input.index();
            _channel = Token.DEFAULT_CHANNEL;
            _type = Token.INVALID_TYPE;
            _text = null;
            try {
                int matched = getInterpreter().match(_input, _mode);
                int type = _type == Token.INVALID_TYPE ? matched : _type; // set by a rule's action
                tokenStart = _tokenStartCharIndex;
                tokenStop = _input.index() - 1;
                tokenChannel = _channel;
                return type;
            } catch (LexerNoViableAltException e) {
                recover(e);
            }
        }
    }

    /** Where the last token read starts. */
    int start() {
        return tokenStart;
    }

    /** Where the last token read ends: the index of its last character. */
    int stop() {
        return tokenStop;
    }

    /** The channel of the last token read: hidden for white space. */
    int channel() {
        return tokenChannel;
    }

    /** The next token as an ANTLR token, made by the lexer's token factory. */
    @Override
    public Token nextToken() {
        int line = getLine(); // as ANTLR's interpreter counts: runs and units read here move it not
        int column = getCharPositionInLine();
        int type = advance();
        if (_tokenFactorySourcePair.b != _input) {
            _tokenFactorySourcePair = new Pair<>(this, _input);
        }
        return _factory.create(_tokenFactorySourcePair, type, null, tokenChannel, tokenStart, tokenStop, line, column);
    }
}
