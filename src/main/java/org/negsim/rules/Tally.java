package org.negsim.rules;

/**
 * The result of one vote among the members M of a stage. Present members who did not vote
 * (unavailable) are counted as abstaining; absent members (a stage's {@code absent}) are counted
 * apart, so {@code yes + no + abstain + absent == members}. Absentees are not present and voting
 * (they are not in yes + no) but remain in M: they count in |M| (a {@code base: "members"}
 * majority, a qualified majority's member quota and blocking minority) and their weight in the
 * members' total weight, as non-yes.
 *
 * @param members     |M| ≥ 0, absentees included
 * @param yes         members voting yes
 * @param no          members voting no
 * @param abstain     present members abstaining or not voting
 * @param absent      absent members
 * @param yesWeight   total weight of the yes voters under the rule's weight (0 if none)
 * @param totalWeight total weight of all members, absentees included, under the rule's weight (0 if none)
 */
public record Tally(int members, int yes, int no, int abstain, int absent, double yesWeight, double totalWeight) {

    /** Checks the counts add up. */
    public Tally {
        if (yes < 0 || no < 0 || abstain < 0 || absent < 0 || yes + no + abstain + absent != members) {
            throw new IllegalArgumentException("inconsistent tally: members=" + members + " yes=" + yes
                    + " no=" + no + " abstain=" + abstain + " absent=" + absent);
        }
    }

    /** A tally without absentees. */
    public Tally(int members, int yes, int no, int abstain, double yesWeight, double totalWeight) {
        this(members, yes, no, abstain, 0, yesWeight, totalWeight);
    }

    /** A head-count tally without weights. */
    public static Tally of(int yes, int no, int abstain) {
        return new Tally(yes + no + abstain, yes, no, abstain, 0.0, 0.0);
    }

    /** Members present: |M| − absent. */
    public int present() {
        return members - absent;
    }

    /** Members who did not vote yes (|M| − yes, absentees included), as used for the blocking minority. */
    public int nonYes() {
        return members - yes;
    }
}
