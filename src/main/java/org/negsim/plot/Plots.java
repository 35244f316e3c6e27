package org.negsim.plot;

import java.io.IOException;
import java.util.List;

/**
 * The charts of a results folder: {@link RunCharts} for a run, {@link SweepCharts} for a sweep, then
 * the voting power of each vote stage ({@link PowerCharts}).
 */
public final class Plots {

    /** The default number of equal-width bins for a continuous ({@code min..max}) parameter. */
    public static final int DEFAULT_BINS = 10;

    private Plots() {
    }

    /**
     * Every chart of the results, in the documented order (stage order, then design order; the power
     * charts last, in stage order).
     *
     * @param bins the number of bins for continuous parameters of a sweep, ≥ 1
     */
    public static List<NamedChart> of(ResultsSet results, int bins) throws IOException {
        List<NamedChart> charts = new java.util.ArrayList<>();
        if (results.isSweep()) {
            SuccessRates rates = new SuccessRates(results, bins);
            charts.addAll(SweepCharts.of(results, rates));
            charts.addAll(MeasureCharts.of(results, rates));
            charts.addAll(SignatureBands.of(results));
        } else {
            charts.addAll(RunCharts.of(results));
        }
        charts.addAll(PowerCharts.charts(results.scenario(), PowerCharts.of(results.scenario())));
        return charts;
    }
}
