package org.negsim.discover;

import java.util.List;

/**
 * The restriction of one input in a box.
 *
 * @param input      the input column
 * @param kind       real, integer or categorical
 * @param low        the lower limit of a numeric input (NaN for a categorical one)
 * @param high       the upper limit of a numeric input (NaN for a categorical one)
 * @param categories the categories kept, in code order (empty for a numeric input)
 * @param qpLow      the quasi-p-value of the lower limit (of the category restriction, for a
 *                   categorical input), NaN when that limit is not restricted or was not computed
 * @param qpHigh     the quasi-p-value of the upper limit, NaN when not restricted, not computed or
 *                   categorical
 */
public record Limit(String input, Input.Kind kind, double low, double high, List<String> categories,
                    double qpLow, double qpHigh) {

    /** Copies the categories. */
    public Limit {
        categories = List.copyOf(categories);
    }
}
