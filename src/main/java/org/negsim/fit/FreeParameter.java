package org.negsim.fit;

/**
 * A free parameter of a fit: a scalar path of the scenario (as for {@code --set}) and its range.
 *
 * @param path  the parameter path; a selector path such as {@code actors[kind=state].signCost} sets
 *              every matched scalar to the one value
 * @param min   lower bound of the search, inclusive
 * @param max   upper bound, inclusive, &gt; min
 * @param start the first start of the search: the scenario's value, clamped into the range
 */
public record FreeParameter(String path, double min, double max, double start) {

    /** Width of the range. */
    public double width() {
        return max - min;
    }
}
