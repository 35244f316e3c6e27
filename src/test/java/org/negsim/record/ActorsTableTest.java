package org.negsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.engine.StageActors;
import org.negsim.engine.StageOutcome;
import org.negsim.model.Actor;
import org.negsim.model.Scenario;

class ActorsTableTest {

    private final Scenario scenario = TestScenarios.twoKinds();
    private final ActorsTable table = new ActorsTable(scenario);

    @Test
    void header() {
        assertEquals(List.of("run", "stage", "actor", "kind", "member", "decision", "decision_round", "pivotal", "gain",
                "position_restraint", "position_multi"), table.header());
    }

    @Test
    void oneRowPerActorInScenarioOrderAndNoneHasNoRound() {
        StageActors actors = new FixedActors(scenario);
        StringBuilder out = new StringBuilder();
        table.appendRows(out, 4, outcome(), actors);
        // 1 yes, 1 no fails a simple majority: MSFT voting yes instead would carry it, FRA voting no would not
        assertEquals("4,gge,FRA,state,TRUE,yes,3,FALSE,0.125,0.0,0.5\n"
                + "4,gge,MSFT,firm,TRUE,no,3,TRUE,-0.25,1.0,0.5\n"
                + "4,gge,USA,state,FALSE,none,,FALSE,0.0,2.0,0.5\n", out.toString());
    }

    /** The failed final round of {@code gge}: round 3 of 3, 1 yes, 1 no. */
    private static StageOutcome outcome() {
        return new StageOutcome("gge", "majority", true, false, StageOutcome.NOT_APPLICABLE,
                StageOutcome.NOT_APPLICABLE, 3, 2, 1, 1, 0, 1, new int[] {1, 0}, new double[] {0.5, 0.5},
                new double[] {0.5, 0.5}, 0.1);
    }

    /** Actor i: member unless last, decisions yes/no/none, gain as given, position (i, 0.5). */
    private static final class FixedActors implements StageActors {
        private final Scenario scenario;

        FixedActors(Scenario scenario) {
            this.scenario = scenario;
        }

        @Override
        public int size() {
            return scenario.actors().size();
        }

        @Override
        public Actor actor(int i) {
            return scenario.actors().get(i);
        }

        @Override
        public boolean member(int i) {
            return i < 2;
        }

        @Override
        public String decision(int i) {
            return List.of("yes", "no", "none").get(i);
        }

        @Override
        public int decisionRound(int i) {
            return i < 2 ? 3 : StageOutcome.NOT_APPLICABLE;
        }

        @Override
        public double gain(int i) {
            return new double[] {0.125, -0.25, 0.0}[i];
        }

        @Override
        public double position(int i, int d) {
            return d == 0 ? i : 0.5;
        }
    }
}
