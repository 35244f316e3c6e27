package org.negsim.plot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negsim.model.Issue;
import org.negsim.model.Scenario;

/**
 * The per-round trace of one stage of one run, from {@code rounds.csv}: round 0 (before the first
 * round) up to the last round run. Arrays are indexed like {@link #rounds()}; a value that does
 * not apply (e.g. {@code yes} of an open declaration) is NaN. Immutable by convention.
 *
 * @param stage         the stage id
 * @param rounds        the round numbers, ascending
 * @param joined        actors supporting the text at the end of each round
 * @param joinedByKind  the same per actor kind (sorted kinds)
 * @param text          the text voted on (or signed) in each round, per issue id in scenario order,
 *                      each value in [0, 1]
 * @param yes           yes votes per round (NaN for open declarations and round 0)
 * @param no            no votes per round
 * @param abstain       abstentions per round
 */
public record StageTrace(String stage, int[] rounds, double[] joined, Map<String, double[]> joinedByKind,
                         Map<String, double[]> text, double[] yes, double[] no, double[] abstain) {

    /**
     * The trace of {@code stage} in run {@code run}, or {@code null} when {@code rounds.csv} has no
     * row for them (the stage did not run, or rounds were not recorded).
     *
     * @throws IOException if the table lacks a column the scenario implies
     */
    public static StageTrace of(CsvTable rounds, Scenario scenario, long run, String stage) throws IOException {
        int runCol = rounds.requireColumn("run");
        int stageCol = rounds.requireColumn("stage");
        int roundCol = rounds.requireColumn("round");
        String runCell = Long.toString(run);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : rounds.rows()) {
            if (r.get(runCol).equals(runCell) && r.get(stageCol).equals(stage)) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        rows.sort((a, b) -> Integer.compare(CsvTable.integer(a.get(roundCol)), CsvTable.integer(b.get(roundCol))));
        int n = rows.size();
        int[] roundNumbers = new int[n];
        for (int i = 0; i < n; i++) {
            roundNumbers[i] = CsvTable.integer(rows.get(i).get(roundCol));
        }
        Map<String, double[]> byKind = new LinkedHashMap<>();
        for (String kind : scenario.kinds()) {
            byKind.put(kind, column(rounds, rows, "joined_" + kind));
        }
        Map<String, double[]> text = new LinkedHashMap<>();
        for (Issue issue : scenario.issues()) {
            text.put(issue.id(), column(rounds, rows, "text_" + issue.id()));
        }
        return new StageTrace(stage, roundNumbers, column(rounds, rows, "joined"),
                Collections.unmodifiableMap(byKind), Collections.unmodifiableMap(text),
                column(rounds, rows, "yes"), column(rounds, rows, "no"), column(rounds, rows, "abstain"));
    }

    private static double[] column(CsvTable table, List<List<String>> rows, String name) throws IOException {
        int c = table.requireColumn(name);
        double[] values = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = CsvTable.number(rows.get(i).get(c));
        }
        return values;
    }
}
