package io.github.cnstats.internal.ast;

import io.github.cnstats.ChangeBasis;

/**
 * What stands before a change's direction: the basis, 分别, adverbs. There are four for each basis, all made
 * once ({@link #of}), so reading a change's lead allocates nothing.
 */
record Lead(ChangeBasis basis, boolean respectively, boolean adverb) {

    static final Lead NONE = new Lead(ChangeBasis.UNSPECIFIED, false, false);

    /** Every lead, by basis, then 分别, then adverb. */
    private static final Lead[] ALL = new Lead[ChangeBasis.values().length * 4];

    static {
        for (ChangeBasis basis : ChangeBasis.values()) {
            for (int flags = 0; flags < 4; flags++) {
                ALL[basis.ordinal() * 4 + flags] = new Lead(basis, (flags & 2) != 0, (flags & 1) != 0);
            }
        }
    }

    static Lead of(ChangeBasis basis, boolean respectively, boolean adverb) {
        return ALL[basis.ordinal() * 4 + (respectively ? 2 : 0) + (adverb ? 1 : 0)];
    }

    /** Whether the lead makes a bare direction a statement about a measured quantity. */
    boolean qualified() {
        return adverb || basis != ChangeBasis.UNSPECIFIED;
    }
}
