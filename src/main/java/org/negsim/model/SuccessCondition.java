package org.negsim.model;

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
}
