package org.negsim.stats;

/**
 * The 95 % Wilson score interval for a success probability, from k successes in n trials
 * (Wilson 1927): with p̂ = k/n and z = 1.959963984540054 (the 97.5 % normal quantile),
 * <pre>
 *   centre = (p̂ + z²/(2n)) / (1 + z²/n)
 *   half   = z·√(p̂(1 − p̂)/n + z²/(4n²)) / (1 + z²/n)
 *   [low, high] = [centre − half, centre + half]
 * </pre>
 * clamped to [0, 1] against rounding (low is exactly 0 when k = 0, high exactly 1 when k = n).
 * Unlike the normal ("Wald") interval it stays inside [0, 1] and is not degenerate at 0 or n
 * successes. With n = 0 the rate and both bounds are NaN (an empty cell).
 *
 * @param successes k, 0 ≤ k ≤ n
 * @param trials n ≥ 0
 * @param low lower bound, in [0, 1] (NaN when n = 0)
 * @param high upper bound, in [0, 1] (NaN when n = 0)
 */
public record WilsonInterval(long successes, long trials, double low, double high) {

    /** The two-sided 95 % standard normal quantile. */
    public static final double Z95 = 1.959963984540054;

    /** Checks 0 ≤ successes ≤ trials. */
    public WilsonInterval {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials, was " + successes + " of " + trials);
        }
    }

    /** The 95 % interval for {@code successes} of {@code trials}. */
    public static WilsonInterval of(long successes, long trials) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials, was " + successes + " of " + trials);
        }
        if (trials == 0) {
            return new WilsonInterval(0, 0, Double.NaN, Double.NaN);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        double low = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
        double high = successes == trials ? 1.0 : Math.min(1.0, centre + half);
        return new WilsonInterval(successes, trials, low, high);
    }

    /** The observed rate k/n; NaN when n = 0. */
    public double rate() {
        return trials == 0 ? Double.NaN : (double) successes / trials;
    }
}
