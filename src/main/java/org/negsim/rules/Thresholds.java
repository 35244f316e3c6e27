package org.negsim.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact threshold arithmetic. Quotas such as 0.55 are read as the decimal the user wrote
 * ({@link BigDecimal#valueOf(double)}), so 11 of 20 members is exactly 55 % and not
 * 0.55 × 20 = 11.000000000000002 as in binary floating point.
 */
public final class Thresholds {

    /** Relative tolerance of weight comparisons. */
    public static final double WEIGHT_TOLERANCE = 1e-12;

    private Thresholds() {
    }

    /** Whether {@code count ≥ fraction · total}, exactly. */
    public static boolean atLeastFraction(long count, double fraction, long total) {
        return BigDecimal.valueOf(count).compareTo(BigDecimal.valueOf(fraction).multiply(BigDecimal.valueOf(total))) >= 0;
    }

    /** ⌈fraction · total⌉, exactly. */
    public static long ceilOfFraction(double fraction, long total) {
        return BigDecimal.valueOf(fraction).multiply(BigDecimal.valueOf(total))
                .setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** Whether weight {@code a ≥ fraction · b}, with a relative tolerance of 1e-12. */
    public static boolean weightAtLeast(double a, double fraction, double b) {
        double target = fraction * b;
        return a >= target - WEIGHT_TOLERANCE * Math.max(Math.abs(a), Math.abs(target));
    }
}
