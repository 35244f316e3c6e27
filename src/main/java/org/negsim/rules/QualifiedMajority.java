package org.negsim.rules;

/**
 * Qualified majority: yes ≥ ⌈memberQuota·|M|⌉ and yes ≥ minMembers, and either the yes-weight
 * reaches weightQuota of the members' total weight or fewer than {@code blockingMinMembers}
 * members are non-yes (|M| − yes), i.e. no blocking minority forms.
 *
 * @param memberQuota        fraction of members in [0, 1] (EU: 0.55)
 * @param minMembers         minimum yes count ≥ 0 (EU: 15)
 * @param weight             the weight name (EU: {@code population})
 * @param weightQuota        fraction of weight in [0, 1] (EU: 0.65)
 * @param blockingMinMembers smallest number of non-yes members that can block, ≥ 0 (EU: 4)
 */
public record QualifiedMajority(double memberQuota, int minMembers, String weight, double weightQuota,
                                int blockingMinMembers) implements VoteRule {

    /** The EU Council's rule (Art. 16(4) TEU). */
    public static QualifiedMajority euCouncil() {
        return new QualifiedMajority(0.55, 15, "population", 0.65, 4);
    }

    @Override
    public String type() {
        return "qualified-majority";
    }

    @Override
    public String weightName() {
        return weight;
    }

    @Override
    public boolean adopts(Tally t) {
        boolean enoughMembers = t.yes() >= Thresholds.ceilOfFraction(memberQuota, t.members())
                && t.yes() >= minMembers;
        boolean enoughWeight = Thresholds.weightAtLeast(t.yesWeight(), weightQuota, t.totalWeight());
        boolean noBlockingMinority = t.nonYes() < blockingMinMembers;
        return enoughMembers && (enoughWeight || noBlockingMinority);
    }
}
