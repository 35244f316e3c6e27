package org.negsim.rules;

/**
 * Adopted when no member votes no and at least one votes yes; with {@code abstentionBlocks}
 * also no member may abstain (or fail to vote).
 *
 * @param abstentionBlocks whether an abstention blocks (default false, as in the EU Council)
 */
public record Unanimity(boolean abstentionBlocks) implements VoteRule {

    @Override
    public String type() {
        return "unanimity";
    }

    @Override
    public boolean adopts(Tally t) {
        return t.no() == 0 && t.yes() >= 1 && (!abstentionBlocks || t.abstain() == 0);
    }
}
