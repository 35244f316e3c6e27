package org.negsim.model;

import org.negsim.rules.Thresholds;

/**
 * One success condition of an open declaration, evaluated over all actors of the scenario
 * that match {@link #select()} (members or not; non-members never join).
 *
 * @param select    which actors the condition counts
 * @param measure   count, fraction or weighted share
 * @param threshold n for {@link Measure#MIN_COUNT} (an integer ≥ 0), f in [0, 1] otherwise
 * @param weight    the weight name for {@link Measure#MIN_SHARE}, else {@code null}
 */
public record SuccessCondition(Selector select, Measure measure, double threshold, String weight) {

    /** What a condition measures. */
    public enum Measure {
        /** at least n matching actors joined ({@code minCount}) */
        MIN_COUNT,
        /** at least f of the matching actors joined ({@code minFraction}) */
        MIN_FRACTION,
        /** the joined matching actors hold at least f of the matching actors' weight ({@code minShare}) */
        MIN_SHARE
    }

    /**
     * Whether this condition holds for the given counts: at least n joined ({@code MIN_COUNT}), at
     * least the fraction f of the matching actors joined ({@code MIN_FRACTION}, exact rational test),
     * or the joined actors hold at least f of the matching actors' weight ({@code MIN_SHARE}).
     *
     * @param joined        matching actors that have joined (0 ≤ joined ≤ matching)
     * @param matching      all matching actors
     * @param joinedWeight  their weight under {@link #weight()} (MIN_SHARE only, else ignored)
     * @param totalWeight   the weight of all matching actors (MIN_SHARE only, else ignored)
     */
    public boolean holds(int joined, int matching, double joinedWeight, double totalWeight) {
        return switch (measure) {
            case MIN_COUNT -> joined >= threshold;
            case MIN_FRACTION -> Thresholds.atLeastFraction(joined, threshold, matching);
            case MIN_SHARE -> Thresholds.weightAtLeast(joinedWeight, threshold, totalWeight);
        };
    }
}
