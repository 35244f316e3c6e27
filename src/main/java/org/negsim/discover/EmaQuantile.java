package org.negsim.discover;

import java.util.function.IntToDoubleFunction;

/**
 * The quantile PRIM peels and pastes at, as the EMA Workbench computes it (its {@code get_quantile},
 * modelled on sdtoolkit): on the sorted values v₀ ≤ … ≤ v_{m−1}, with i = (m − 1)·q, take
 * lo = ⌊i⌋ and hi = ⌈i⌉; for q &gt; 0.5 move lo down, otherwise hi up, while v_lo = v_hi (and not
 * past the end); the quantile is (v_lo + v_hi) / 2. So a limit falls halfway between two distinct
 * values and a peel of tied values removes all of them or none. Stateless.
 */
final class EmaQuantile {

    private EmaQuantile() {
    }

    /**
     * The quantile.
     *
     * @param sorted the i-th smallest value, for i in [0, m)
     * @param m      the number of values, ≥ 1
     * @param q      the quantile, in (0, 1)
     */
    static double of(IntToDoubleFunction sorted, int m, double q) {
        double i = (m - 1) * q;
        int lo = (int) Math.floor(i);
        int hi = (int) Math.ceil(i);
        if (q > 0.5) {
            while (sorted.applyAsDouble(lo) == sorted.applyAsDouble(hi) && lo > 0) {
                lo--;
            }
        } else {
            while (sorted.applyAsDouble(lo) == sorted.applyAsDouble(hi) && hi < m - 1) {
                hi++;
            }
        }
        return (sorted.applyAsDouble(lo) + sorted.applyAsDouble(hi)) / 2;
    }

    /** Python's {@code int()} of a double: truncation toward zero, as a double. */
    static double truncate(double x) {
        return (double) (long) x;
    }
}
