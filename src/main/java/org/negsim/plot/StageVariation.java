package org.negsim.plot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the runs of a sweep actually used for one stage when a field of it was varied: the distinct
 * {@code rule} cells of its rows, and per parameter column that addresses the stage
 * ({@code stages[ID]...} or {@code stages[I]...}) its distinct values, so that a report shows them
 * instead of the scenario file's. Stateless.
 */
final class StageVariation {

    /** The most values listed for one column; beyond that the count is given. */
    static final int LIST_LIMIT = 8;

    private StageVariation() {
    }

    /** The distinct {@code rule} cells of the stage's rows, in order of appearance. */
    static List<String> rules(CsvTable runs, String stage) {
        int s = runs.column("stage");
        int r = runs.column("rule");
        Set<String> rules = new LinkedHashSet<>();
        if (s >= 0 && r >= 0) {
            for (List<String> row : runs.rows()) {
                if (row.get(s).equals(stage)) {
                    rules.add(row.get(r));
                }
            }
        }
        return List.copyOf(rules);
    }

    /**
     * One line per parameter column of the stage: {@code stages[gge].rule.quota = simple, two-thirds}
     * (numbers in increasing order; more than {@link #LIST_LIMIT} values as {@code min .. max (N values)}).
     *
     * @param position the stage's index in the scenario
     */
    static List<String> used(CsvTable runs, String stage, int position) {
        int stageColumn = runs.column("stage");
        List<String> lines = new ArrayList<>();
        for (int c = 4; c < stageColumn; c++) {
            String path = runs.header().get(c);
            if (!path.startsWith("stages[" + stage + "]") && !path.startsWith("stages[" + position + "]")) {
                continue;
            }
            Set<String> values = new LinkedHashSet<>();
            for (List<String> row : runs.rows()) {
                if (!row.get(c).isEmpty()) {
                    values.add(row.get(c));
                }
            }
            List<String> sorted = new ArrayList<>(values);
            boolean numeric = sorted.stream().allMatch(v -> !Double.isNaN(CsvTable.number(v)));
            if (numeric) {
                sorted.sort((a, b) -> Double.compare(CsvTable.number(a), CsvTable.number(b)));
            }
            String text = sorted.size() <= LIST_LIMIT || !numeric ? String.join(", ", sorted.subList(0,
                    Math.min(sorted.size(), LIST_LIMIT))) + (sorted.size() > LIST_LIMIT ? ", ..." : "")
                    : sorted.get(0) + " .. " + sorted.get(sorted.size() - 1) + " (" + sorted.size() + " values)";
            lines.add(path + " = " + text);
        }
        return lines;
    }
}
