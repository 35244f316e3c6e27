package org.negsim.inspect;

import java.util.List;
import org.negsim.stats.SobolIndices;

/**
 * First-order and total Sobol' indices of the success rate of a sobol sweep: per design point p the
 * success rate y_p over its replicates, then {@link SobolIndices#fromSaltelliOutputs} with
 * {@value #RESAMPLES} bootstrap resamples seeded with the sweep's master seed (so the intervals are
 * reproducible).
 *
 * <p>Indices are only computed from a complete sweep: every design point with all its replicates.
 * When the success rate does not vary over the base samples (A and B) of the design, the variance
 * the indices divide by is 0 and they are undefined; {@link #estimates()} is then empty and
 * {@link #undefinedReason()} says why.
 *
 * @param parameters      the varied paths, in design order (the parameter columns of runs.csv)
 * @param estimates       per parameter, in that order; empty when undefined
 * @param undefinedReason null when the indices are defined, else one sentence
 * @param points          design points
 * @param replications    runs per design point
 */
public record SobolAnalysis(List<String> parameters, List<SobolIndices.Estimate> estimates, String undefinedReason,
                            long points, int replications) {

    /** Bootstrap resamples of the confidence intervals. */
    public static final int RESAMPLES = 1000;

    /** Whether the indices are defined. */
    public boolean defined() {
        return undefinedReason == null;
    }

    /**
     * The indices of an inspection of a sobol design.
     *
     * @throws IllegalArgumentException if the inspection has no per-point counts ({@link Inspection#hasSobol()})
     * @throws InspectException if the folder holds one shard, or the sweep is incomplete
         */
    public static SobolAnalysis of(Inspection inspection) throws InspectException {
        long[] successes = checkComplete(inspection);
        int r = inspection.manifest().replications();
        double[] y = new double[successes.length];
        for (int p = 0; p < y.length; p++) {
            y[p] = (double) successes[p] / r;
        }
        return from(inspection, y, "the success rate", TextReport::percent);
    }

    /**
     * The indices of a measure of an inspection of a sobol design: per design point the measure's
     * mean over the replicates that have a value. Undefined when some point has no value at all
     * (its stage never ran there).
     */
    public static SobolAnalysis ofMeasure(Inspection inspection, Inspection.MeasureResult measure)
            throws InspectException {
        checkComplete(inspection);
        double[] y = measure.pointMeans();
        String what = "measure " + measure.id();
        for (int p = 0; p < y.length; p++) {
            if (Double.isNaN(y[p])) {
                return new SobolAnalysis(inspection.parameters(), List.of(), what + " has no value at design point "
                        + p + " (its stage never ran there), so the Sobol indices are undefined", y.length,
                        inspection.manifest().replications());
            }
        }
        return from(inspection, y, what, v -> String.format(java.util.Locale.ROOT, "%.4g", v));
    }

    /** The per-point successes, after checking that the folder holds every run of the design. */
    private static long[] checkComplete(Inspection inspection) throws InspectException {
        if (!inspection.hasSobol()) {
            throw new IllegalArgumentException("not a sobol inspection");
        }
        ResultsManifest m = inspection.manifest();
        if (m.isShard()) {
            throw new InspectException("this folder holds shard " + m.shardIndex() + "/" + m.shardCount()
                    + " of a sobol sweep: Sobol indices need all its runs; merge the shards (negsim merge) and "
                    + "inspect the merged folder");
        }
        long[] counts = inspection.pointRuns();
        int r = m.replications();
        long total = counts.length * (long) r;
        if (!m.complete() || inspection.runs() < total) {
            throw new InspectException("the sweep is incomplete: " + inspection.runs() + " of " + total
                    + " runs; resume it first");
        }
        for (int p = 0; p < counts.length; p++) {
            if (counts[p] != r) {
                throw new InspectException("the sweep is incomplete: design point " + p + " has " + counts[p]
                        + " of " + r + " runs; resume it first");
            }
        }
        return inspection.pointSuccesses();
    }

    private static SobolAnalysis from(Inspection inspection, double[] y, String what,
                                      java.util.function.DoubleFunction<String> show) {
        List<String> parameters = inspection.parameters();
        int r = inspection.manifest().replications();
        boolean constant = true;
        for (double v : y) {
            constant &= v == y[0];
        }
        if (constant) {
            return new SobolAnalysis(parameters, List.of(), what + " is " + show.apply(y[0])
                    + " at every design point: it does not vary, so the Sobol indices are undefined", y.length, r);
        }
        List<SobolIndices.Estimate> estimates = SobolIndices.fromSaltelliOutputs(y, parameters.size(), RESAMPLES,
                inspection.manifest().masterSeed());
        if (Double.isNaN(estimates.get(0).first())) {
            return new SobolAnalysis(parameters, List.of(), what + " does not vary over the base samples "
                    + "(matrices A and B) of the design, so the Sobol indices are undefined", y.length, r);
        }
        return new SobolAnalysis(parameters, estimates, null, y.length, r);
    }
}
