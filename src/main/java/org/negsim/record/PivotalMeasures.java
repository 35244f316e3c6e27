package org.negsim.record;

import java.util.List;
import org.negsim.engine.StageActors;
import org.negsim.engine.StageOutcome;
import org.negsim.model.Actor;
import org.negsim.model.Measure;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.power.PivotSet;
import org.negsim.power.Pivots;

/**
 * The values of {@code what: "pivotal"} measures: how many of the selected actors are pivotal in
 * the stage ({@link Pivots}). The engine leaves them empty, since pivots are an analysis over the
 * finished stage (package {@code power}, above the engine); the writers of {@code runs.csv} and the
 * run summary fill them in here, from the same finished stage. Stateless.
 */
public final class PivotalMeasures {

    private PivotalMeasures() {
    }

    /**
     * The outcome with its pivotal measures counted; the outcome itself when it has none or the
     * stage did not run ({@code actors} null).
     */
    public static StageOutcome filled(Scenario scenario, StageOutcome outcome, StageActors actors) {
        List<Measure> measures = scenario.measures();
        if (actors == null || !outcome.executed() || outcome.measures().length != measures.size()) {
            return outcome;
        }
        double[] values = null;
        PivotSet pivots = null;
        for (int m = 0; m < measures.size(); m++) {
            Measure measure = measures.get(m);
            if (measure.what() != Measure.What.PIVOTAL || !measure.stage().equals(outcome.stageId())) {
                continue;
            }
            if (pivots == null) {
                pivots = Pivots.of(scenario, stage(scenario, outcome.stageId()), outcome, actors);
                values = outcome.measures().clone();
            }
            List<Actor> all = scenario.actors();
            int n = 0;
            for (int i = 0; i < all.size(); i++) {
                if (measure.of().matches(all.get(i)) && pivots.isPivotal(i)) {
                    n++;
                }
            }
            values[m] = n;
        }
        return values == null ? outcome : outcome.withMeasures(values);
    }

    private static Stage stage(Scenario scenario, String id) {
        for (Stage s : scenario.stages()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no stage " + id);
    }
}
