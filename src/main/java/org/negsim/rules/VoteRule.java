package org.negsim.rules;

/**
 * A rule under which the members vote on the text each round. Implementations are immutable
 * and thread-safe.
 */
public sealed interface VoteRule extends DecisionRule
        permits Consensus, Unanimity, Majority, QualifiedMajority, WeightedMajority {

    /** Whether the tally adopts the text. */
    boolean adopts(Tally tally);

    /**
     * The weight name whose yes-weight and total the tally must carry, or {@code null} when the
     * rule counts heads only.
     */
    default String weightName() {
        return null;
    }
}
