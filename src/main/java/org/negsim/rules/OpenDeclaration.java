package org.negsim.rules;

import org.negsim.model.SuccessCondition;

/**
 * An open declaration: anyone among the members may sign; the stage succeeds when every success
 * condition of the stage holds.
 */
public record OpenDeclaration() implements DecisionRule {

    @Override
    public String type() {
        return "open-declaration";
    }

    /**
     * Whether one condition holds.
     *
     * @param c             the condition
     * @param joined        matching actors that have joined
     * @param matching      all matching actors
     * @param joinedWeight  their weight under {@code c.weight()} (MIN_SHARE only)
     * @param totalWeight   the weight of all matching actors (MIN_SHARE only)
     */
    public static boolean holds(SuccessCondition c, int joined, int matching, double joinedWeight,
                                double totalWeight) {
        return switch (c.measure()) {
            case MIN_COUNT -> joined >= c.threshold();
            case MIN_FRACTION -> Thresholds.atLeastFraction(joined, c.threshold(), matching);
            case MIN_SHARE -> Thresholds.weightAtLeast(joinedWeight, c.threshold(), totalWeight);
        };
    }
}
