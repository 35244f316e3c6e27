package org.negsim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.negsim.stats.SobolIndices;

class TextReportTest {

    @Test
    void meanHasTheDecimalsOfItsStandardErrorsTwoDigits() {
        // 1, 2, 3, 4: mean 2.5, sd √(5/3) = 1.291, se 0.645 → two decimals
        assertEquals("2.50 (0.65)", TextReport.meanAndError(summary(1, 2, 3, 4)));
        // 100, 110: mean 105, sd 7.07, se 5.0 → one decimal
        assertEquals("105.0 (5.0)", TextReport.meanAndError(summary(100, 110)));
        // 1000, 1100: se 50 → no decimals
        assertEquals("1050 (50)", TextReport.meanAndError(summary(1000, 1100)));
        // 0.5801, 0.5802: se 0.00005 → six decimals
        assertEquals("0.580150 (0.000050)", TextReport.meanAndError(summary(0.5801, 0.5802)));
    }

    @Test
    void edgesWithoutStandardError() {
        assertEquals("-", TextReport.meanAndError(summary()));
        assertEquals("7.00", TextReport.meanAndError(summary(7)));
        assertEquals("0.250", TextReport.meanAndError(summary(0.25)));
        assertEquals("250.0", TextReport.meanAndError(summary(250)));
        assertEquals("0.750 (0.000)", TextReport.meanAndError(summary(0.75, 0.75)));
    }

    @Test
    void ratesArePercentagesWithOneDecimal() {
        assertEquals("35.0 %", TextReport.percent(0.35));
        assertEquals("18.1 - 56.7 %", TextReport.interval(0.18119182410108206, 0.5671457233147638));
        assertEquals("-", TextReport.percent(Double.NaN));
        assertEquals("-", TextReport.interval(Double.NaN, Double.NaN));
    }

    @Test
    void headingOfARunAndOfAShard() {
        assertEquals("fixture: 1 run; stage s (majority)", TextReport.heading(inspection(
                new ResultsManifest("fixture", 1, "run", 1, 1, 1, true, 0, 1), 1)));
        assertEquals("grid design, 4 runs (shard 1/3); stage s (majority)", TextReport.heading(inspection(
                new ResultsManifest("", 1, "grid", 12, 1, 4, true, 1, 3), 4)));
    }

    @Test
    void sobolTableAndUndefinedIndices() {
        SobolAnalysis a = new SobolAnalysis(List.of("behavior.temperature", "t"), List.of(
                new SobolIndices.Estimate(0.9419, 0.1083, 1.6917, 1.2035, 1.0734, 1.4371),
                new SobolIndices.Estimate(-0.2093, -0.6648, 0.0, 0.0523, Double.NaN, Double.NaN)), null, 320, 2);
        assertEquals("""
                Sobol indices of the success rate (320 design points x 2 runs, 95 % bootstrap intervals from 1000 \
                resamples):
                parameter             first order    95 % interval  total   95 % interval
                behavior.temperature        0.942   [0.108, 1.692]  1.204  [1.073, 1.437]
                t                          -0.209  [-0.665, 0.000]  0.052               -
                """, TextReport.sobol(a));
        SobolAnalysis undefined = new SobolAnalysis(List.of("t"), List.of(), "it does not vary", 3, 1);
        assertEquals("""
                Sobol indices of the success rate (3 design points x 1 run, 95 % bootstrap intervals from 1000 \
                resamples):
                it does not vary.
                """, TextReport.sobol(undefined));
    }

    private static SummaryStatistics summary(double... values) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) {
            s.addValue(v);
        }
        return s;
    }

    private static Inspection inspection(ResultsManifest m, long runs) {
        return new Inspection(m, List.of("s"), "s", "majority", List.of(), List.of(), runs, null, null, List.of());
    }
}
