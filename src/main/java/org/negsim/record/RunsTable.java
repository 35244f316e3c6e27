package org.negsim.record;

import java.util.ArrayList;
import java.util.List;
import org.negsim.engine.StageOutcome;
import org.negsim.model.Issue;
import org.negsim.model.Measure;
import org.negsim.model.Scenario;
import org.negsim.record.Cells;
import org.negsim.io.CsvFormat;
import org.negsim.io.RunId;

/**
 * The layout of {@code runs.csv}, one row per run and stage:
 * {@code run, point, replicate, seed}, one column per parameter path (header = the path), then
 * {@code stage, rule, executed, success, success_round, in_force_round, rounds, members, yes, no,
 * abstain, joined, joined_<kind>…, share_<weight>…, text_<issue>…, ambition, measure_<id>…}, kinds and weight
 * names as in {@link Scenario#kinds()} and {@link Scenario#weightNames()}, issues in scenario order,
 * measures in the order of {@link Scenario#measures()}. A measure's cell is filled in the row of its
 * own stage when that stage ran and is empty in every other row.
 *
 * <p>Every outcome cell of a stage that did not run is empty but {@code success}, which is
 * {@code FALSE} (it did not succeed, so {@code mean(success)} is inspect's rate); {@code stage},
 * {@code rule} and {@code executed = FALSE} are written. Immutable and thread-safe.
 */
public final class RunsTable {

    /** The file name in a results folder. */
    public static final String FILE_NAME = "runs.csv";

    private final List<String> parameterPaths;
    private final List<String> header;
    private final int kinds;
    private final int weights;
    private final int issues;
    /** Per measure, whether its value is a whole number (an integer cell). */
    private final boolean[] integralMeasure;

    /**
     * @param scenario       the scenario whose kinds, weight names and issues give the columns
     * @param parameterPaths the varied or {@code --set} paths, in column order, without duplicates
     */
    public RunsTable(Scenario scenario, List<String> parameterPaths) {
        if (parameterPaths.stream().distinct().count() != parameterPaths.size()) {
            throw new IllegalArgumentException("duplicate parameter path in " + parameterPaths);
        }
        this.parameterPaths = List.copyOf(parameterPaths);
        this.kinds = scenario.kinds().size();
        this.weights = scenario.weightNames().size();
        this.issues = scenario.issues().size();
        List<String> h = new ArrayList<>(List.of("run", "point", "replicate", "seed"));
        h.addAll(this.parameterPaths);
        h.addAll(List.of("stage", "rule", "executed", "success", "success_round", "in_force_round", "rounds",
                "members", "yes", "no", "abstain", "joined"));
        scenario.kinds().forEach(k -> h.add("joined_" + k));
        scenario.weightNames().forEach(w -> h.add("share_" + w));
        scenario.issues().forEach((Issue i) -> h.add("text_" + i.id()));
        h.add("ambition");
        List<Measure> measures = scenario.measures();
        this.integralMeasure = new boolean[measures.size()];
        for (int m = 0; m < measures.size(); m++) {
            integralMeasure[m] = measures.get(m).what().integral();
            h.add(measures.get(m).column());
        }
        this.header = List.copyOf(h);
    }

    /** The column names, in order. */
    public List<String> header() {
        return header;
    }

    /** The parameter paths, in column order. */
    public List<String> parameterPaths() {
        return parameterPaths;
    }

    /**
     * Appends the row of one stage of one run to {@code out}.
     *
     * @param values the parameter values as they should appear in the cells, one per
     *               {@link #parameterPaths()}, in that order
     */
    public void appendRow(StringBuilder out, RunId id, List<String> values, StageOutcome o) {
        if (values.size() != parameterPaths.size()) {
            throw new IllegalArgumentException(
                    "expected " + parameterPaths.size() + " parameter values, got " + values.size());
        }
        List<String> row = new ArrayList<>(header.size());
        row.add(CsvFormat.cell(id.run()));
        row.add(CsvFormat.cell(id.point()));
        row.add(CsvFormat.cell(id.replicate()));
        row.add(CsvFormat.cell(id.seed()));
        row.addAll(values);
        row.add(o.stageId());
        row.add(o.ruleType());
        row.add(CsvFormat.cell(o.executed()));
        row.add(CsvFormat.cell(o.executed() && o.success()));
        row.add(CsvFormat.cell(o.successRound()));
        row.add(CsvFormat.cell(o.inForceRound()));
        row.add(CsvFormat.cell(o.rounds()));
        row.add(CsvFormat.cell(o.members()));
        row.add(CsvFormat.cell(o.yes()));
        row.add(CsvFormat.cell(o.no()));
        row.add(CsvFormat.cell(o.abstain()));
        row.add(CsvFormat.cell(o.joined()));
        Cells.addInts(row, o.joinedByKind(), kinds);
        Cells.addDoubles(row, o.shareByWeight(), weights);
        Cells.addDoubles(row, o.text(), issues);
        row.add(CsvFormat.cell(o.ambition()));
        if (integralMeasure.length > 0) {
            double[] m = o.measures();
            if (m.length != integralMeasure.length) {
                throw new IllegalArgumentException("expected " + integralMeasure.length + " measure values, got "
                        + m.length);
            }
            for (int k = 0; k < m.length; k++) {
                row.add(Double.isNaN(m[k]) ? "" : integralMeasure[k] ? Long.toString((long) m[k])
                        : CsvFormat.cell(m[k]));
            }
        }
        CsvFormat.appendRecord(out, row);
    }
}
