package org.negsim.rules;

/** Adopted when no member votes no; silence and abstention are fine, even everyone abstaining. */
public record Consensus() implements VoteRule {

    @Override
    public String type() {
        return "consensus";
    }

    @Override
    public boolean adopts(Tally t) {
        return t.no() == 0;
    }
}
