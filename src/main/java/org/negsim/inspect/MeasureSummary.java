package org.negsim.inspect;

import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.negsim.stats.MeanInterval;
import org.negsim.stats.WilsonInterval;

/**
 * A measure over the runs of one group that have a value for it: n, the mean and its 95 %
 * interval — Wilson's for a 0/1 measure (every value in the whole table is 0 or 1, so the mean is
 * a probability), mean ± t·SE otherwise ({@link MeanInterval}).
 *
 * @param n      runs with a value (the measure's stage ran and the value is defined)
 * @param mean   the mean, NaN when n = 0
 * @param low    lower bound of the 95 % interval, NaN when undefined
 * @param high   upper bound of the 95 % interval, NaN when undefined
 * @param binary whether the interval is Wilson's
 */
public record MeasureSummary(long n, double mean, double low, double high, boolean binary) {

    /** The summary of the values, Wilson's when {@code binary}. */
    static MeasureSummary of(StatisticalSummary values, boolean binary) {
        long n = values.getN();
        if (binary) {
            WilsonInterval w = WilsonInterval.of(Math.round(values.getSum()), n);
            return new MeasureSummary(n, w.rate(), w.low(), w.high(), true);
        }
        MeanInterval m = MeanInterval.of(n, n == 0 ? Double.NaN : values.getMean(), values.getStandardDeviation());
        return new MeasureSummary(n, m.mean(), m.low(), m.high(), false);
    }
}
