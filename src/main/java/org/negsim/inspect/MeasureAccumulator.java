package org.negsim.inspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.negsim.io.MalformedResultsException;
import org.negsim.io.RunsReader;

/**
 * Accumulates measure columns of {@code runs.csv} per group (and per design point for a sobol
 * design) while the {@link Inspector} streams the rows. A measure's cell is filled in the row of
 * its own stage only, so every row is looked at; an empty cell adds nothing. Memory grows with the
 * number of groups and points, not of rows. Not thread-safe.
 */
final class MeasureAccumulator {

    private final int[] columns;
    private final Map<List<String>, SummaryStatistics[]> groups = new HashMap<>();
    private final boolean[] binary;
    private final double[][] pointSum;
    private final long[][] pointCount;

    /** @param points design points of a sobol design, or −1 */
    MeasureAccumulator(int[] columns, long points) {
        this.columns = columns;
        this.binary = new boolean[columns.length];
        java.util.Arrays.fill(binary, true);
        int p = points >= 0 ? Math.toIntExact(points) : 0;
        this.pointSum = points >= 0 ? new double[columns.length][p] : null;
        this.pointCount = points >= 0 ? new long[columns.length][p] : null;
    }

    void accept(RunsReader.Row row, GroupKey key) throws MalformedResultsException {
        if (columns.length == 0) {
            return;
        }
        SummaryStatistics[] statistics = null;
        for (int m = 0; m < columns.length; m++) {
            double v = row.number(columns[m]);
            if (Double.isNaN(v)) {
                continue;
            }
            if (statistics == null) {
                statistics = groups.computeIfAbsent(key.of(row), k -> newStatistics());
            }
            statistics[m].addValue(v);
            binary[m] &= v == 0.0 || v == 1.0;
            if (pointSum != null) {
                long p = row.point();
                if (p < pointSum[m].length) {
                    pointSum[m][(int) p] += v;
                    pointCount[m][(int) p]++;
                }
            }
        }
    }

    private SummaryStatistics[] newStatistics() {
        SummaryStatistics[] s = new SummaryStatistics[columns.length];
        for (int m = 0; m < s.length; m++) {
            s[m] = new SummaryStatistics();
        }
        return s;
    }

    /** The results, one per measure id, with one summary per group key in {@code groupKeys}' order. */
    List<Inspection.MeasureResult> results(List<String> ids, List<List<String>> groupKeys) {
        List<Inspection.MeasureResult> results = new ArrayList<>(ids.size());
        for (int m = 0; m < ids.size(); m++) {
            List<MeasureSummary> perGroup = new ArrayList<>(groupKeys.size());
            for (List<String> key : groupKeys) {
                SummaryStatistics[] s = groups.get(key);
                perGroup.add(MeasureSummary.of(s == null ? new SummaryStatistics() : s[m], binary[m]));
            }
            double[] means = null;
            if (pointSum != null) {
                means = new double[pointSum[m].length];
                for (int p = 0; p < means.length; p++) {
                    means[p] = pointCount[m][p] == 0 ? Double.NaN : pointSum[m][p] / pointCount[m][p];
                }
            }
            results.add(new Inspection.MeasureResult(ids.get(m), binary[m], List.copyOf(perGroup), means));
        }
        return List.copyOf(results);
    }
}
