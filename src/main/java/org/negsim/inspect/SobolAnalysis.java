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
        long[] successes = inspection.pointSuccesses();
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
        List<String> parameters = inspection.parameters();
        int k = parameters.size();
        double[] y = new double[counts.length];
        boolean constant = true;
        for (int p = 0; p < y.length; p++) {
            y[p] = (double) successes[p] / r;
            constant &= y[p] == y[0];
        }
        if (constant) {
            return new SobolAnalysis(parameters, List.of(), "the success rate is " + TextReport.percent(y[0])
                    + " at every design point: it does not vary, so the Sobol indices are undefined", counts.length, r);
        }
        List<SobolIndices.Estimate> estimates = SobolIndices.fromSaltelliOutputs(y, k, RESAMPLES, m.masterSeed());
        if (Double.isNaN(estimates.get(0).first())) {
            return new SobolAnalysis(parameters, List.of(), "the success rate does not vary over the base samples "
                    + "(matrices A and B) of the design, so the Sobol indices are undefined", counts.length, r);
        }
        return new SobolAnalysis(parameters, estimates, null, counts.length, r);
    }
}
