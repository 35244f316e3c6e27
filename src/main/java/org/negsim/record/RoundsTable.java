package org.negsim.record;

import java.util.ArrayList;
import java.util.List;
import org.negsim.engine.RoundRecord;
import org.negsim.model.Scenario;
import org.negsim.record.Cells;
import org.negsim.io.CsvFormat;

/**
 * The layout of {@code rounds.csv}, the per-round trace: {@code run, stage, round, joined,
 * joined_<kind>…, share_<weight>…, yes, no, abstain, text_<issue>…, success}. Round 0 is the state
 * before the first round; {@code yes/no/abstain} are empty where they do not apply (open
 * declarations, round 0). Immutable and thread-safe.
 */
public final class RoundsTable {

    /** The file name in a results folder. */
    public static final String FILE_NAME = "rounds.csv";

    private final List<String> header;
    private final int kinds;
    private final int weights;
    private final int issues;

    /** @param scenario the scenario whose kinds, weight names and issues give the columns */
    public RoundsTable(Scenario scenario) {
        this.kinds = scenario.kinds().size();
        this.weights = scenario.weightNames().size();
        this.issues = scenario.issues().size();
        List<String> h = new ArrayList<>(List.of("run", "stage", "round", "joined"));
        scenario.kinds().forEach(k -> h.add("joined_" + k));
        scenario.weightNames().forEach(w -> h.add("share_" + w));
        h.addAll(List.of("yes", "no", "abstain"));
        scenario.issues().forEach(i -> h.add("text_" + i.id()));
        h.add("success");
        this.header = List.copyOf(h);
    }

    /** The column names, in order. */
    public List<String> header() {
        return header;
    }

    /** Appends the row of one round of run {@code run} to {@code out}. */
    public void appendRow(StringBuilder out, long run, RoundRecord r) {
        List<String> row = new ArrayList<>(header.size());
        row.add(CsvFormat.cell(run));
        row.add(r.stageId());
        row.add(CsvFormat.cell(r.round()));
        row.add(CsvFormat.cell(r.joined()));
        Cells.addInts(row, r.joinedByKind(), kinds);
        Cells.addDoubles(row, r.shareByWeight(), weights);
        row.add(CsvFormat.cell(r.yes()));
        row.add(CsvFormat.cell(r.no()));
        row.add(CsvFormat.cell(r.abstain()));
        Cells.addDoubles(row, r.text(), issues);
        row.add(CsvFormat.cell(r.success()));
        CsvFormat.appendRecord(out, row);
    }
}
