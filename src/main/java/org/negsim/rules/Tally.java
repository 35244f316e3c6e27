package org.negsim.rules;

/**
 * The result of one vote among the members M of a stage. Members who did not vote (unavailable)
 * are counted as abstaining, so {@code yes + no + abstain == members}.
 *
 * @param members     |M| ≥ 0
 * @param yes         members voting yes
 * @param no          members voting no
 * @param abstain     members abstaining or not voting
 * @param yesWeight   total weight of the yes voters under the rule's weight (0 if none)
 * @param totalWeight total weight of all members under the rule's weight (0 if none)
 */
public record Tally(int members, int yes, int no, int abstain, double yesWeight, double totalWeight) {

    /** Checks the counts add up. */
    public Tally {
        if (yes < 0 || no < 0 || abstain < 0 || yes + no + abstain != members) {
            throw new IllegalArgumentException("inconsistent tally: members=" + members + " yes=" + yes
                    + " no=" + no + " abstain=" + abstain);
        }
    }

    /** A head-count tally without weights. */
    public static Tally of(int yes, int no, int abstain) {
        return new Tally(yes + no + abstain, yes, no, abstain, 0.0, 0.0);
    }

    /** Members who did not vote yes (|M| − yes), as used for the blocking minority. */
    public int nonYes() {
        return members - yes;
    }
}
