package org.negsim.rules;

/**
 * Adopted when the yes-weight reaches {@code quota} of the members' total weight (IMF-style),
 * and at least one member votes yes.
 *
 * @param weight the weight name
 * @param quota  fraction in [0, 1]
 */
public record WeightedMajority(String weight, double quota) implements VoteRule {

    @Override
    public String type() {
        return "weighted-majority";
    }

    @Override
    public String weightName() {
        return weight;
    }

    @Override
    public boolean adopts(Tally t) {
        return t.yes() >= 1 && Thresholds.weightAtLeast(t.yesWeight(), quota, t.totalWeight());
    }
}
