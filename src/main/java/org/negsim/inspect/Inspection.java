package org.negsim.inspect;

import java.util.List;

/**
 * The outcome of one stage in a results folder, aggregated per group of parameter values: what
 * {@code negsim inspect} prints. Built by {@link Inspector}.
 *
 * @param manifest      what the folder's manifest says
 * @param stages        the stage ids in the order of run 0's rows
 * @param stage         the inspected stage
 * @param rule          its decision-rule types as the runs used them (the {@code rule} cells of its rows:
 *                      one type, or several joined by {@code , } when the type was varied)
 * @param by            the grouping parameter columns, in the order given (empty: one group of all runs)
 * @param groups        the groups in order of first appearance in {@code runs.csv}
 * @param runs          the runs read (each has one row of the stage)
 * @param pointRuns     for a sobol design without grouping: runs read per design point; else null
 * @param pointSuccesses for a sobol design without grouping: successful runs per design point; else null
 * @param parameters    all parameter columns of {@code runs.csv}, in order
 * @param measures      the measures asked for, in the order asked
 * @param used          per parameter column that addresses the inspected stage (e.g.
 *                      {@code stages[gge].rule.quota}), the path and the values its runs used
 *                      ({@link UsedValues#describe()}), in column order; the heading shows them
 *                      instead of the scenario file's values
 */
public record Inspection(ResultsManifest manifest, List<String> stages, String stage, String rule, List<String> by,
                         List<Group> groups, long runs, long[] pointRuns, long[] pointSuccesses,
                         List<String> parameters, List<MeasureResult> measures, List<List<String>> used) {

    /** Copies the lists. */
    public Inspection {
        used = used.stream().map(List::copyOf).toList();
    }

    /** An inspection whose stage has no varied parameter. */
    public Inspection(ResultsManifest manifest, List<String> stages, String stage, String rule, List<String> by,
                      List<Group> groups, long runs, long[] pointRuns, long[] pointSuccesses,
                      List<String> parameters, List<MeasureResult> measures) {
        this(manifest, stages, stage, rule, by, groups, runs, pointRuns, pointSuccesses, parameters, measures,
                List.of());
    }

    /** An inspection without measures. */
    public Inspection(ResultsManifest manifest, List<String> stages, String stage, String rule, List<String> by,
                      List<Group> groups, long runs, long[] pointRuns, long[] pointSuccesses,
                      List<String> parameters) {
        this(manifest, stages, stage, rule, by, groups, runs, pointRuns, pointSuccesses, parameters, List.of());
    }

    /**
     * One measure asked for with {@code --measure}: its values over the runs that have one (the
     * measure's own stage ran), whatever stage is inspected.
     *
     * @param id         the measure id (column {@code measure_<id>})
     * @param binary     every value in the table is 0 or 1 (the mean is a probability; Wilson intervals)
     * @param perGroup   one summary per group, in the order of {@link #groups()}
     * @param pointMeans for a sobol inspection the measure's mean per design point (NaN where no run
     *                   of the point has a value); else null
     */
    public record MeasureResult(String id, boolean binary, List<MeasureSummary> perGroup, double[] pointMeans) {
    }

    /**
     * One group: the runs sharing the values of the {@code by} columns.
     *
     * @param values     the cells of the {@code by} columns, as written in {@code runs.csv}
     * @param statistics the stage's outcomes over the group's runs
     */
    public record Group(List<String> values, GroupStatistics statistics) {
    }

    /** Whether the inspected stage is a vote: some run of it has yes/no/abstain counts. */
    public boolean hasVotes() {
        return groups.stream().anyMatch(g -> g.statistics().hasVotes());
    }

    /** Whether Sobol' indices apply: a sobol design inspected without {@code --by}. */
    public boolean hasSobol() {
        return pointRuns != null;
    }
}
