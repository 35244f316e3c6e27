package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioLoader;

class SuccessThresholdsTest {

    private static List<SuccessThreshold> thresholds() throws Exception {
        Scenario s = ScenarioLoader.bind(PlotFixtures.tree());
        return SuccessThresholds.of(s, s.stages().get(0));
    }

    @Test
    void minCountOfOneKindIsALineAtTheCountOnThatKind() throws Exception {
        SuccessThreshold t = thresholds().get(0);
        assertTrue(t.drawable());
        assertEquals(List.of("state"), t.kinds());
        assertEquals(2.0, t.count());
        assertEquals("≥ 2 state", t.description());
    }

    @Test
    void minFractionOfAllIsTheFractionOfEveryActorOnTheSumOfAllKinds() throws Exception {
        SuccessThreshold t = thresholds().get(1);
        assertEquals(List.of("civil", "firm", "state"), t.kinds());
        assertEquals(3.0, t.count()); // 0.5 × 6 actors
        assertEquals("≥ 50 % of all actors (6 actors) = 3", t.description());
    }

    @Test
    void minFractionOfTwoKindsCountsTheMatchingActorsOnly() throws Exception {
        SuccessThreshold t = thresholds().get(2);
        assertEquals(List.of("firm", "state"), t.kinds());
        assertEquals(1.25, t.count(), 1e-12); // 0.25 × (3 states + 2 firms)
    }

    @Test
    void groupSelectorCannotBeDrawnOnCountsByKind() throws Exception {
        SuccessThreshold t = thresholds().get(3);
        assertFalse(t.drawable());
        assertEquals(List.of(), t.kinds());
        assertEquals("≥ 1 actors in G", t.description());
    }

    @Test
    void weightedShareCannotBeDrawnOnCounts() throws Exception {
        SuccessThreshold t = thresholds().get(4);
        assertFalse(t.drawable());
        assertTrue(Double.isNaN(t.count()));
        assertEquals("≥ 50 % of the emissions of state", t.description());
    }

    @Test
    void voteStageHasNoThresholds() throws Exception {
        Scenario s = ScenarioLoader.bind(PlotFixtures.tree());
        assertEquals(List.of(), SuccessThresholds.of(s, s.stages().get(1)));
    }
}
