package org.negsim.plot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negsim.stats.WilsonInterval;

/**
 * Success rates of a sweep's stages from {@code runs.csv}, overall, per varied parameter and per
 * pair of parameters, each with its 95 % {@link WilsonInterval}.
 *
 * <p>The rate of a stage is over all runs: a run succeeds for the stage when the stage ran
 * ({@code executed = true}) and succeeded, so a stage that did not run counts as not successful —
 * the same definition as {@code negsim inspect}. {@link StageRates#ran()} says in how many runs
 * the stage ran. Not thread-safe.
 */
public final class SuccessRates {

    /** The overall rate of one stage and its rates by each parameter. */
    public record StageRates(String stage, long runs, long ran, WilsonInterval overall,
                             Map<String, List<RateGroup>> byParameter) {
    }

    /**
     * The success rate of a stage over a grid of two parameters' groups.
     *
     * @param cells {@code cells[i][j]} for group i of {@code x} and group j of {@code y}
     */
    public record HeatMap(String stage, ParameterGrouping x, ParameterGrouping y, WilsonInterval[][] cells) {
    }

    private final CsvTable runs;
    private final int stageCol;
    private final int executedCol;
    private final int successCol;
    private final Map<String, ParameterGrouping> groupings = new LinkedHashMap<>();
    private final Map<String, Integer> parameterCols = new LinkedHashMap<>();

    /**
     * Prepares the rates of a sweep.
     *
     * @param results a sweep's results
     * @param bins    the number of equal-width bins for a continuous {@code min..max} parameter, ≥ 1
     * @throws IOException if {@code runs.csv} lacks a column
     */
    public SuccessRates(ResultsSet results, int bins) throws IOException {
        runs = results.runs();
        stageCol = runs.requireColumn("stage");
        executedCol = runs.requireColumn("executed");
        successCol = runs.requireColumn("success");
        for (Map.Entry<String, String> p : results.parameters().entrySet()) {
            int col = runs.requireColumn(p.getKey());
            List<String> cells = new ArrayList<>(runs.rows().size());
            for (List<String> r : runs.rows()) {
                cells.add(r.get(col));
            }
            groupings.put(p.getKey(), ParameterGrouping.of(p.getKey(), p.getValue(), cells, bins));
            parameterCols.put(p.getKey(), col);
        }
    }

    /** The groupings of the varied parameters, in design order. */
    public List<ParameterGrouping> groupings() {
        return List.copyOf(groupings.values());
    }

    /** The rates of one stage. */
    public StageRates stage(String stage) {
        long rows = 0;
        long ran = 0;
        long successes = 0;
        Map<String, long[][]> counts = new LinkedHashMap<>();
        for (ParameterGrouping g : groupings.values()) {
            counts.put(g.path(), new long[g.size()][2]);
        }
        for (List<String> r : runs.rows()) {
            if (!r.get(stageCol).equals(stage)) {
                continue;
            }
            rows++;
            boolean executed = CsvTable.isTrue(r.get(executedCol));
            if (executed) {
                ran++;
            }
            boolean success = executed && CsvTable.isTrue(r.get(successCol));
            if (success) {
                successes++;
            }
            for (ParameterGrouping g : groupings.values()) {
                int i = g.groupOf(r.get(parameterCols.get(g.path())));
                if (i >= 0) {
                    long[] c = counts.get(g.path())[i];
                    c[1]++;
                    if (success) {
                        c[0]++;
                    }
                }
            }
        }
        Map<String, List<RateGroup>> byParameter = new LinkedHashMap<>();
        for (ParameterGrouping g : groupings.values()) {
            List<RateGroup> groups = new ArrayList<>();
            long[][] c = counts.get(g.path());
            for (int i = 0; i < g.size(); i++) {
                groups.add(new RateGroup(g.labels().get(i), g.positions()[i], WilsonInterval.of(c[i][0], c[i][1])));
            }
            byParameter.put(g.path(), List.copyOf(groups));
        }
        return new StageRates(stage, rows, ran, WilsonInterval.of(successes, rows), byParameter);
    }

    /** The rates of one stage over the groups of two parameters. */
    public HeatMap heatMap(String stage, String xPath, String yPath) {
        ParameterGrouping gx = groupings.get(xPath);
        ParameterGrouping gy = groupings.get(yPath);
        if (gx == null || gy == null) {
            throw new IllegalArgumentException("not a varied parameter: " + (gx == null ? xPath : yPath));
        }
        long[][][] c = new long[gx.size()][gy.size()][2];
        int xc = parameterCols.get(xPath);
        int yc = parameterCols.get(yPath);
        for (List<String> r : runs.rows()) {
            if (!r.get(stageCol).equals(stage)) {
                continue;
            }
            int i = gx.groupOf(r.get(xc));
            int j = gy.groupOf(r.get(yc));
            if (i >= 0 && j >= 0) {
                c[i][j][1]++;
                if (CsvTable.isTrue(r.get(executedCol)) && CsvTable.isTrue(r.get(successCol))) {
                    c[i][j][0]++;
                }
            }
        }
        WilsonInterval[][] cells = new WilsonInterval[gx.size()][gy.size()];
        for (int i = 0; i < gx.size(); i++) {
            for (int j = 0; j < gy.size(); j++) {
                cells[i][j] = WilsonInterval.of(c[i][j][0], c[i][j][1]);
            }
        }
        return new HeatMap(stage, gx, gy, cells);
    }
}
