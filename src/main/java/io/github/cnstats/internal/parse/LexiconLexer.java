package io.github.cnstats.internal.parse;

import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

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
 * <p>Not thread-safe, like every ANTLR lexer: make one per text.
 */
final class LexiconLexer extends StatsLexer {

    private final String text;
    private final UnitLexicon units;
    private final PlainHan plain;

    LexiconLexer(String text, UnitLexicon units, PlainHan plain) {
        super(new Utf16CharStream(text));
        this.text = text;
        this.units = units;
        this.plain = plain;
        this._interp = new WideCharDfaSimulator(this, _ATN, _decisionToDFA, _sharedContextCache);
        removeErrorListeners();
    }

    @Override
    public Token nextToken() {
        int start = _input.index();
        if (start < text.length() && plain.contains(text.charAt(start))) {
            return plainRun(start);
        }
        int unitLength = start < text.length() && units.mayStartWith(text.charAt(start))
                ? units.matchLength(text, start) : 0;
        Token grammarToken = super.nextToken();
        if (unitLength == 0 || grammarToken.getStartIndex() != start) {
            return grammarToken;
        }
        int grammarLength = grammarToken.getStopIndex() - grammarToken.getStartIndex() + 1;
        boolean catchAll = grammarToken.getType() == HAN || grammarToken.getType() == LATIN
                || grammarToken.getType() == OTHER;
        if (grammarLength > unitLength || (grammarLength == unitLength && !catchAll)) {
            return grammarToken;
        }
        int end = start + unitLength;
        _input.seek(end);
        String unitText = text.substring(start, end);
        UnitKind kind = units.kindOf(unitText).orElse(UnitKind.OTHER);
        int type = kind == UnitKind.TIME ? TIME_UNIT : kind == UnitKind.MONEY ? MONEY_UNIT : UNIT;
        CommonToken unit = new CommonToken(_tokenFactorySourcePair, type, Token.DEFAULT_CHANNEL, start, end - 1);
        unit.setText(unitText);
        return unit;
    }

    private Token plainRun(int start) {
        int end = start + 1;
        while (end < text.length() && plain.contains(text.charAt(end))) {
            end++;
        }
        _input.seek(end);
        return new CommonToken(_tokenFactorySourcePair, HAN, Token.DEFAULT_CHANNEL, start, end - 1);
    }
}
