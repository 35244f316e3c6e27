package org.negsim.inspect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negsim.io.MalformedResultsException;
import org.negsim.io.Manifest;
import org.negsim.io.RunsReader;
import org.negsim.record.RunsTable;

/**
 * Reads a results folder ({@code manifest.json} and {@code runs.csv} of {@code negsim run},
 * {@code negsim sweep} or a merged sweep) in one streaming pass and aggregates one stage per group.
 * Memory grows with the number of groups (and, for a sobol design, of design points), never with
 * the number of rows.
 *
 * <p><b>Stage.</b> The stages are the distinct {@code stage} values of run 0's rows, in order; by
 * default the last one (the scenario's last stage) is inspected.
 *
 * <p><b>Checks.</b> Every run must have exactly one row of the stage and runs must come in
 * increasing order; otherwise the file is malformed. For an interrupted sweep (manifest without
 * {@code endTime}) a torn last line is dropped and a last run without the stage's row is not an
 * error: the pass covers the runs written so far.
 */
public final class Inspector {

    private final RunsReader reader;
    private final String stage;
    private final GroupKey key;
    private final UsedValues rules = new UsedValues();
    private final int[] stageColumns;
    private final UsedValues[] stageValues;
    private final boolean complete;
    private final Map<List<String>, GroupStatistics> groups = new LinkedHashMap<>();
    private final long[] pointRuns;
    private final long[] pointSuccesses;
    private long runs;
    private long currentRun = -1;
    private boolean stageSeen = true;
    private MeasureAccumulator measures;

    private Inspector(RunsReader reader, String stage, GroupKey key, int[] stageColumns, boolean complete,
                      long points) {
        this.reader = reader;
        this.stage = stage;
        this.key = key;
        this.stageColumns = stageColumns;
        this.stageValues = new UsedValues[stageColumns.length];
        for (int i = 0; i < stageValues.length; i++) {
            stageValues[i] = new UsedValues();
        }
        this.complete = complete;
        this.pointRuns = points >= 0 ? new long[Math.toIntExact(points)] : null;
        this.pointSuccesses = points >= 0 ? new long[Math.toIntExact(points)] : null;
    }

    /**
     * Inspects one stage of a results folder.
     *
     * @param folder the results folder
     * @param by     parameter columns to group by (empty: one group of all runs)
     * @param stage  the stage id, or null for the last stage
     * @throws NoSuchFileException        if the folder, its manifest or its runs.csv does not exist
     * @throws MalformedResultsException  if a file is not as negsim writes it
     * @throws InspectException           if {@code by} names no parameter column, {@code stage} no stage,
     *                                    or the sweep has no runs yet
     */
    public static Inspection inspect(Path folder, List<String> by, String stage) throws IOException, InspectException {
        return inspect(folder, by, stage, List.of());
    }

    /**
     * Inspects one stage of a results folder and the given measures.
     *
     * @param measures measure ids (columns {@code measure_<id>}), distinct
     * @throws InspectException also if a measure is not a column of runs.csv or is given twice
     */
    public static Inspection inspect(Path folder, List<String> by, String stage, List<String> measures)
            throws IOException, InspectException {
        return inspect(folder, by, stage, measures, 0);
    }

    /**
     * Inspects one stage and the given measures, grouping a sampled {@code --by} parameter into bins.
     *
     * @param bins equal-width bins over the range of each {@code by} parameter sampled from a
     *             {@code min..max} range ({@link GroupKey}); 0 to group by value
     * @throws InspectException also if {@code bins > 0} and no {@code by} parameter is sampled
     */
    public static Inspection inspect(Path folder, List<String> by, String stage, List<String> measures, int bins)
            throws IOException, InspectException {
        if (bins < 0) {
            throw new InspectException("--bins must be >= 1, was " + bins);
        }
        if (!Files.exists(folder)) {
            throw new NoSuchFileException(folder.toString());
        }
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder.toString());
        }
        ResultsManifest manifest = ResultsManifest.read(folder);
        try (RunsReader reader = RunsReader.open(folder.resolve(RunsTable.FILE_NAME), !manifest.complete())) {
            GroupKey key = GroupKey.of(by, byColumns(reader, by), manifest.specs(), bins);
            int[] measureColumns = measureColumns(reader, measures);

            List<RunsReader.Row> firstRun = new ArrayList<>();
            RunsReader.Row row = reader.next();
            if (row == null) {
                if (!manifest.complete()) {
                    throw new InspectException("the sweep is incomplete: 0 of " + manifest.runs()
                            + " runs; resume it first");
                }
                throw new MalformedResultsException(reader.file(), 0, "no rows below the header");
            }
            long run0 = row.run();
            while (row != null && row.run() == run0) {
                firstRun.add(row);
                row = reader.next();
            }
            List<String> stages = firstRun.stream().map(RunsReader.Row::stage).distinct().toList();
            String chosen = stage != null ? stage : stages.get(stages.size() - 1);
            if (!stages.contains(chosen)) {
                throw new InspectException("unknown stage \"" + chosen + "\"; the stages are: "
                        + String.join(", ", stages));
            }
            int[] stageColumns = stageColumns(reader.parameterColumns(), chosen, stages.indexOf(chosen));

            boolean sobol = ResultsManifest.SOBOL.equals(manifest.designType()) && by.isEmpty();
            int k = reader.parameterColumns().size();
            if (sobol && (k < 1 || manifest.points() < 1 || manifest.points() % (k + 2) != 0)) {
                throw new MalformedResultsException(folder.resolve(Manifest.FILE_NAME), 0, "a sobol design over "
                        + k + " parameters has a positive multiple of " + (k + 2) + " design points, not "
                        + manifest.points());
            }
            Inspector inspector = new Inspector(reader, chosen, key, stageColumns, manifest.complete(),
                    sobol ? manifest.points() : -1);
            inspector.measures = new MeasureAccumulator(measureColumns, sobol ? manifest.points() : -1);
            for (RunsReader.Row r : firstRun) {
                inspector.accept(r);
            }
            for (; row != null; row = reader.next()) {
                inspector.accept(row);
            }
            inspector.finish();

            List<List<String>> keys = new ArrayList<>(inspector.groups.keySet());
            if (key.binned()) {
                keys.sort(key.order());
            }
            List<Inspection.Group> list = new ArrayList<>(keys.size());
            keys.forEach(g -> list.add(new Inspection.Group(g, inspector.groups.get(g))));
            List<List<String>> used = new ArrayList<>();
            for (int i = 0; i < stageColumns.length; i++) {
                used.add(List.of(reader.header().get(stageColumns[i]), inspector.stageValues[i].describe()));
            }
            return new Inspection(manifest, stages, chosen, inspector.rules.describe(), List.copyOf(by),
                    List.copyOf(list), inspector.runs, inspector.pointRuns, inspector.pointSuccesses,
                    reader.parameterColumns(), inspector.measures.results(measures, List.copyOf(keys)), used);
        }
    }

    /** The column indices of the {@code by} paths, which must be distinct parameter columns. */
    private static int[] byColumns(RunsReader reader, List<String> by) throws InspectException {
        List<String> parameters = reader.parameterColumns();
        Set<String> seen = new HashSet<>();
        int[] columns = new int[by.size()];
        for (int i = 0; i < by.size(); i++) {
            String path = by.get(i);
            if (!parameters.contains(path)) {
                throw new InspectException(parameters.isEmpty()
                        ? "--by " + path + ": runs.csv has no parameter columns (nothing was varied or set); "
                                + "inspect without --by"
                        : "--by " + path + " is not a parameter column of runs.csv; the parameter columns are: "
                                + String.join(", ", parameters));
            }
            if (!seen.add(path)) {
                throw new InspectException("--by " + path + " is given twice");
            }
            columns[i] = reader.column(path);
        }
        return columns;
    }

    /**
     * The parameter columns that address the stage, by id or by position: {@code stages[ID]...} or
     * {@code stages[I]...}; their indices in runs.csv (parameter columns follow the 4 leading ones).
     */
    private static int[] stageColumns(List<String> parameters, String stage, int position) {
        String byId = "stages[" + stage + "]";
        String byPosition = "stages[" + position + "]";
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            String p = parameters.get(i);
            if (p.startsWith(byId) || p.startsWith(byPosition)) {
                columns.add(4 + i);
            }
        }
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The column indices of the measures, which must be distinct measure columns. */
    private static int[] measureColumns(RunsReader reader, List<String> measures) throws InspectException {
        List<String> known = reader.measureColumns();
        Set<String> seen = new HashSet<>();
        int[] columns = new int[measures.size()];
        for (int i = 0; i < measures.size(); i++) {
            String id = measures.get(i);
            if (!known.contains("measure_" + id)) {
                throw new InspectException(known.isEmpty()
                        ? "--measure " + id + ": runs.csv has no measures; add them to the scenario's measures or "
                                + "with --measure ID=WHAT:STAGE:SELECTOR on run or sweep"
                        : "--measure " + id + " is not a measure of runs.csv; the measures are: "
                                + String.join(", ", known.stream().map(c -> c.substring("measure_".length())).toList()));
            }
            if (!seen.add(id)) {
                throw new InspectException("--measure " + id + " is given twice");
            }
            columns[i] = reader.column("measure_" + id);
        }
        return columns;
    }

    private void accept(RunsReader.Row row) throws MalformedResultsException {
        measures.accept(row, key);
        long run = row.run();
        if (run != currentRun) {
            if (run < currentRun) {
                throw new MalformedResultsException(reader.file(), row.line(), "run " + run + " after run "
                        + currentRun + ": rows are not in run order");
            }
            if (!stageSeen) {
                throw new MalformedResultsException(reader.file(), row.line(), "run " + currentRun
                        + " has no row for stage " + stage);
            }
            currentRun = run;
            stageSeen = false;
        }
        if (!row.stage().equals(stage)) {
            return;
        }
        if (stageSeen) {
            throw new MalformedResultsException(reader.file(), row.line(), "a second row for stage " + stage
                    + " of run " + run);
        }
        stageSeen = true;
        runs++;
        boolean ran = row.executed();
        boolean success = row.succeeded();
        GroupStatistics statistics = groups.computeIfAbsent(key.of(row), k -> new GroupStatistics());
        statistics.add(ran, success, row.successRound(), row.joined(), row.ambition());
        statistics.addVotes(row.yes(), row.no(), row.abstain());
        rules.add(row.rule());
        for (int i = 0; i < stageColumns.length; i++) {
            stageValues[i].add(row.cell(stageColumns[i]));
        }
        if (pointRuns != null) {
            long p = row.point();
            if (p >= pointRuns.length) {
                throw new MalformedResultsException(reader.file(), row.line(), "point " + p
                        + " is outside the design's " + pointRuns.length + " points");
            }
            pointRuns[(int) p]++;
            if (success) {
                pointSuccesses[(int) p]++;
            }
        }
    }

    /** The last run must have the stage's row too, unless the sweep was interrupted while writing it. */
    private void finish() throws MalformedResultsException {
        if (!stageSeen && complete) {
            throw new MalformedResultsException(reader.file(), 0, "the last run, " + currentRun
                    + ", has no row for stage " + stage);
        }
    }
}
