package org.negsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioLoader;

/** Round k of a run, over all its stages, is at schedule time k: MASON's counters read the rounds played. */
class ScheduleTimeTest {

    /** Two stages: a declaration of 2 rounds, then a consensus vote of 3 rounds (which adopts in round 1). */
    private static final String TWO_STAGES = """
            {"name": "t", "issues": [{"id": "r", "statusQuo": 0.1}],
             "actors": [{"id": "A", "kind": "state", "position": {"r": 0.9}, "salience": {"r": 1}},
                        {"id": "B", "kind": "state", "position": {"r": 0.9}, "salience": {"r": 1}}],
             "stages": [{"id": "call", "rule": {"type": "open-declaration"}, "text": {"r": 0.8}, "rounds": 2,
                         "success": [{"minCount": 2}]},
                        {"id": "vote", "rule": {"type": "consensus"}, "text": {"r": 0.8}, "rounds": 3}]}
            """;

    @Test
    void roundKOfTheRunIsAtTimeK() throws Exception {
        Scenario scenario = ScenarioLoader.bind(ScenarioLoader.parseTree(TWO_STAGES));
        NegotiationSim sim = new NegotiationSim(scenario, 1L, RunListener.NONE);
        sim.start();
        for (int k = 1; k <= 3; k++) {
            assertTrue(sim.schedule.step(sim));
            assertEquals(k, sim.schedule.getSteps());
            assertEquals(k, sim.schedule.getTime(), 0.0);
        }
        assertNull(sim.currentStage(), "two rounds of the call and the adopting vote round: all played");
    }
}
