package org.negsim.inspect;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.negsim.io.CsvFormat;
import org.negsim.stats.SobolIndices;
import org.negsim.stats.WilsonInterval;

/**
 * The tables of {@code negsim inspect --csv}, in negsim's CSV dialect ({@link CsvFormat}): plain
 * numbers (rates as fractions in [0, 1], not percentages), an empty cell where a value is not
 * defined.
 *
 * <p>Stateless.
 */
public final class CsvReport {

    /** The columns after the group columns. */
    public static final List<String> GROUP_COLUMNS = List.of("runs", "success_rate", "success_low", "success_high",
            "ran", "success_round_mean", "success_round_se", "joined_mean", "joined_se", "ambition_mean", "ambition_se");

    /** The columns of the Sobol' table. */
    public static final List<String> SOBOL_COLUMNS = List.of("parameter", "first_order", "total_order",
            "first_low", "first_high", "total_low", "total_high");

    /** Per measure asked for, after {@link #GROUP_COLUMNS}: {@code measure_<id>_n}, {@code _mean}, {@code _low}, {@code _high}. */
    public static final List<String> MEASURE_SUFFIXES = List.of("n", "mean", "low", "high");

    /**
     * The Sobol' tables of the success rate and of each measure, one under the other, with a first
     * column {@code outcome} ({@code success} or {@code measure_<id>}).
     */
    public static String sobol(SobolAnalysis success, List<String> measureIds, List<SobolAnalysis> measures) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("outcome"));
        header.addAll(SOBOL_COLUMNS);
        CsvFormat.appendRecord(out, header);
        appendSobolRows(out, "success", success);
        for (int m = 0; m < measures.size(); m++) {
            appendSobolRows(out, "measure_" + measureIds.get(m), measures.get(m));
        }
        return out.toString();
    }

    private static void appendSobolRows(StringBuilder out, String outcome, SobolAnalysis analysis) {
        String table = sobol(analysis);
        table.lines().skip(1).forEach(line -> out.append(CsvFormat.record(List.of(outcome)).strip()).append(',')
                .append(line).append(CsvFormat.RECORD_SEPARATOR));
    }

    /** The columns after {@link #GROUP_COLUMNS} for a vote stage: the mean votes of its last round. */
    public static final List<String> VOTE_COLUMNS = List.of("yes_mean", "yes_se", "no_mean", "no_se", "abstain_mean",
            "abstain_se");

    private CsvReport() {
    }

    /**
     * One row per group: the group columns (headed by their paths, cells as in {@code runs.csv}),
     * then {@link #GROUP_COLUMNS}, for a vote stage {@link #VOTE_COLUMNS}. Means are empty when no run has the value, standard errors
     * (sd/√n) when fewer than two have it.
     */
    public static String groups(Inspection inspection) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(inspection.by());
        header.addAll(GROUP_COLUMNS);
        boolean votes = inspection.hasVotes();
        if (votes) {
            header.addAll(VOTE_COLUMNS);
        }
        for (Inspection.MeasureResult m : inspection.measures()) {
            for (String suffix : MEASURE_SUFFIXES) {
                header.add("measure_" + m.id() + "_" + suffix);
            }
        }
        CsvFormat.appendRecord(out, header);
        int index = 0;
        for (Inspection.Group g : inspection.groups()) {
            GroupStatistics s = g.statistics();
            WilsonInterval rate = s.successRate();
            List<String> row = new ArrayList<>(g.values());
            row.add(CsvFormat.cell(s.runs()));
            row.add(CsvFormat.cell(rate.rate()));
            row.add(CsvFormat.cell(rate.low()));
            row.add(CsvFormat.cell(rate.high()));
            row.add(CsvFormat.cell(s.executed()));
            addMeanAndError(row, s.successRound());
            addMeanAndError(row, s.joined());
            addMeanAndError(row, s.ambition());
            if (votes) {
                addMeanAndError(row, s.yes());
                addMeanAndError(row, s.no());
                addMeanAndError(row, s.abstain());
            }
            for (Inspection.MeasureResult m : inspection.measures()) {
                MeasureSummary ms = m.perGroup().get(index);
                row.add(CsvFormat.cell(ms.n()));
                row.add(CsvFormat.cell(ms.mean()));
                row.add(CsvFormat.cell(ms.low()));
                row.add(CsvFormat.cell(ms.high()));
            }
            index++;
            CsvFormat.appendRecord(out, row);
        }
        return out.toString();
    }

    /**
     * One row per parameter with {@link #SOBOL_COLUMNS}; every number is empty when the indices
     * are undefined.
     */
    public static String sobol(SobolAnalysis analysis) {
        StringBuilder out = new StringBuilder();
        CsvFormat.appendRecord(out, SOBOL_COLUMNS);
        for (int i = 0; i < analysis.parameters().size(); i++) {
            List<String> row = new ArrayList<>(SOBOL_COLUMNS.size());
            row.add(analysis.parameters().get(i));
            if (analysis.defined()) {
                SobolIndices.Estimate e = analysis.estimates().get(i);
                for (double v : new double[] {e.first(), e.total(), e.firstLow(), e.firstHigh(), e.totalLow(),
                    e.totalHigh()}) {
                    row.add(CsvFormat.cell(v));
                }
            } else {
                for (int c = 1; c < SOBOL_COLUMNS.size(); c++) {
                    row.add("");
                }
            }
            CsvFormat.appendRecord(out, row);
        }
        return out.toString();
    }

    private static void addMeanAndError(List<String> row, StatisticalSummary s) {
        row.add(CsvFormat.cell(GroupStatistics.mean(s)));
        row.add(CsvFormat.cell(GroupStatistics.standardError(s)));
    }
}
