package org.negsim.record;

import java.util.List;
import org.negsim.engine.RoundRecord;
import org.negsim.engine.RunListener;
import org.negsim.engine.StageActors;
import org.negsim.model.Scenario;
import org.negsim.engine.StageOutcome;
import org.negsim.io.RunId;
import org.negsim.io.RunRows;

/**
 * Records one run: a {@link RunListener} that formats the run's rows into memory as the engine
 * reports them. Pass it to {@code Negotiation.run}, then take {@link #rows()} and hand them to
 * {@link ResultTables#append}. One recorder per run; not thread-safe, but recorders of different
 * runs may work on different threads. Obtain recorders from {@link ResultTables#recorder}.
 */
public final class RunRecorder implements RunListener {

    private final RunsTable runsTable;
    private final RoundsTable roundsTable;
    private final ActorsTable actorsTable;
    private final RunId id;
    private final List<String> values;
    private final Scenario scenario;
    private final StringBuilder runs = new StringBuilder(256);
    private final StringBuilder rounds = new StringBuilder();
    private final StringBuilder actors = new StringBuilder();

    /**
     * @param roundsTable null to skip {@code rounds.csv}
     * @param actorsTable null to skip {@code actors.csv}
     * @param values      the parameter cells, one per {@link RunsTable#parameterPaths()}
     * @param scenario    the scenario of the run (a sweep's design point), for its pivots
     */
    RunRecorder(RunsTable runsTable, RoundsTable roundsTable, ActorsTable actorsTable, RunId id,
                List<String> values, Scenario scenario) {
        if (values.size() != runsTable.parameterPaths().size()) {
            throw new IllegalArgumentException("expected " + runsTable.parameterPaths().size()
                    + " parameter values, got " + values.size());
        }
        this.runsTable = runsTable;
        this.roundsTable = roundsTable;
        this.actorsTable = actorsTable;
        this.id = id;
        this.values = List.copyOf(values);
        this.scenario = scenario;
    }

    /** The run this recorder records. */
    public RunId id() {
        return id;
    }

    @Override
    public void round(RoundRecord record) {
        if (roundsTable != null) {
            roundsTable.appendRow(rounds, id.run(), record);
        }
    }

    @Override
    public void stageEnded(StageOutcome outcome, StageActors stageActors) {
        runsTable.appendRow(runs, id, values, PivotalMeasures.filled(scenario, outcome, stageActors));
        if (actorsTable != null && stageActors != null) {
            actorsTable.appendRows(actors, id.run(), outcome, stageActors, scenario);
        }
    }

    /** The rows recorded so far (call once the run has returned). */
    public RunRows rows() {
        return new RunRows(id.run(), runs.toString(), rounds.toString(), actors.toString());
    }
}
