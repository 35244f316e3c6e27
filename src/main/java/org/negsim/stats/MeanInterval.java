package org.negsim.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The 95 % interval for a mean from n values: mean ± t·SE with t the 97.5 % quantile of Student's
 * t distribution with n − 1 degrees of freedom (Commons Math) and SE = s/√n (s the sample standard
 * deviation, n − 1 in the variance). With n &lt; 2 the bounds are NaN; with n = 0 the mean too.
 *
 * @param n    number of values
 * @param mean their mean
 * @param low  lower bound
 * @param high upper bound
 */
public record MeanInterval(long n, double mean, double low, double high) {

    /** The interval of n values with the given mean and sample standard deviation. */
    public static MeanInterval of(long n, double mean, double standardDeviation) {
        if (n == 0) {
            return new MeanInterval(0, Double.NaN, Double.NaN, Double.NaN);
        }
        if (n < 2) {
            return new MeanInterval(n, mean, Double.NaN, Double.NaN);
        }
        // no random numbers are drawn: the generator argument only avoids an unseeded default
        double t = new TDistribution(null, n - 1.0).inverseCumulativeProbability(0.975);
        double half = t * standardDeviation / Math.sqrt(n);
        return new MeanInterval(n, mean, mean - half, mean + half);
    }
}
