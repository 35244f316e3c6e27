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

    /**
     * Whether the text is adopted when exactly {@code yes} of the {@code members} vote yes and all
     * the others vote no: the simple game of the rule, as used by the voting power indices. Since
     * under every rule a member abstaining instead of voting no never makes adoption harder, these
     * coalitions are exactly those that adopt the text whatever the others do.
     *
     * @param members     |M| ≥ 0
     * @param yes         the coalition's size, 0 ≤ yes ≤ members
     * @param yesWeight   the coalition's weight under {@link #weightName()} (0 for head counts)
     * @param totalWeight the members' total weight (0 for head counts)
     */
    default boolean adoptsCoalition(int members, int yes, double yesWeight, double totalWeight) {
        return adopts(new Tally(members, yes, members - yes, 0, yesWeight, totalWeight));
    }
}
