package org.negsim.record;

import java.util.ArrayList;
import java.util.List;
import org.negsim.engine.StageActors;
import org.negsim.engine.StageOutcome;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.power.PivotSet;
import org.negsim.power.Pivots;
import org.negsim.io.CsvFormat;

/**
 * The layout of {@code actors.csv}, one row per actor and executed stage: {@code run, stage, actor,
 * kind, member, decision, decision_round, pivotal, gain, position_<issue>…}. {@code decision} is
 * {@code joined}, {@code yes}, {@code no}, {@code abstain} or {@code none}; {@code decision_round}
 * is empty for {@code none}; {@code pivotal} is whether the actor is one of the stage's pivotal
 * actors ({@link Pivots}). A stage that did not run has no rows. Immutable and thread-safe.
 */
public final class ActorsTable {

    /** The file name in a results folder. */
    public static final String FILE_NAME = "actors.csv";

    private final List<String> header;
    private final int issues;
    private final Scenario scenario;

    /** @param scenario the scenario whose issues give the position columns and whose stages the pivots */
    public ActorsTable(Scenario scenario) {
        this.scenario = scenario;
        this.issues = scenario.issues().size();
        List<String> h = new ArrayList<>(List.of("run", "stage", "actor", "kind", "member", "decision",
                "decision_round", "pivotal", "gain"));
        scenario.issues().forEach(i -> h.add("position_" + i.id()));
        this.header = List.copyOf(h);
    }

    /** The column names, in order. */
    public List<String> header() {
        return header;
    }

    /**
     * Appends one row per actor, in scenario order, for the stage of {@code outcome} in run
     * {@code run}. Must be called while {@code actors} is valid (during {@code RunListener.stageEnded}).
     */
    public void appendRows(StringBuilder out, long run, StageOutcome outcome, StageActors actors) {
        appendRows(out, run, outcome, actors, scenario);
    }

    /**
     * As {@link #appendRows(StringBuilder, long, StageOutcome, StageActors)} for a run of {@code
     * runScenario} (a sweep's design point: same actors, issues and stages, possibly other weights and
     * rules, which the pivots depend on).
     */
    public void appendRows(StringBuilder out, long run, StageOutcome outcome, StageActors actors, Scenario runScenario) {
        String stageId = outcome.stageId();
        Scenario scenario = runScenario;
        Stage stage = scenario.stages().stream().filter(s -> s.id().equals(stageId)).findFirst().orElseThrow();
        PivotSet pivots = Pivots.of(scenario, stage, outcome, actors);
        String runCell = CsvFormat.cell(run);
        List<String> row = new ArrayList<>(header.size());
        for (int i = 0; i < actors.size(); i++) {
            row.clear();
            row.add(runCell);
            row.add(stageId);
            row.add(actors.actor(i).id());
            row.add(actors.actor(i).kind());
            row.add(CsvFormat.cell(actors.member(i)));
            row.add(actors.decision(i));
            row.add(CsvFormat.cell(actors.decisionRound(i)));
            row.add(CsvFormat.cell(pivots.isPivotal(i)));
            row.add(CsvFormat.cell(actors.gain(i)));
            for (int d = 0; d < issues; d++) {
                row.add(CsvFormat.cell(actors.position(i, d)));
            }
            CsvFormat.appendRecord(out, row);
        }
    }
}
