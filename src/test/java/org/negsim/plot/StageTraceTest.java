package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageTraceTest {

    @TempDir
    Path dir;

    @Test
    void readsOneStageOfOneRunFromRoundZero() throws Exception {
        ResultsSet r = ResultsSet.load(PlotFixtures.runFolder(dir));
        StageTrace t = StageTrace.of(r.rounds(), r.scenario(), 0, "call");
        assertArrayEquals(new int[] {0, 1, 2, 3}, t.rounds());
        assertArrayEquals(new double[] {1, 3, 5, 5}, t.joined());
        assertEquals(List.of("civil", "firm", "state"), List.copyOf(t.joinedByKind().keySet()));
        assertArrayEquals(new double[] {1, 1, 2, 2}, t.joinedByKind().get("state"));
        assertEquals(List.of("restraint", "norms"), List.copyOf(t.text().keySet()));
        assertTrue(Double.isNaN(t.yes()[1]), "an open declaration has no votes");
    }

    @Test
    void voteStageHasTextAndVotesPerRound() throws Exception {
        ResultsSet r = ResultsSet.load(PlotFixtures.runFolder(dir));
        StageTrace t = StageTrace.of(r.rounds(), r.scenario(), 0, "vote");
        assertArrayEquals(new double[] {0.8, 0.8, 0.5}, t.text().get("restraint"));
        assertArrayEquals(new double[] {Double.NaN, 1, 1}, t.yes());
        assertArrayEquals(new double[] {Double.NaN, 2, 2}, t.no());
    }

    @Test
    void stageOrRunWithoutRowsIsNull() throws Exception {
        ResultsSet r = ResultsSet.load(PlotFixtures.runFolder(dir));
        assertNull(StageTrace.of(r.rounds(), r.scenario(), 1, "call"));
        assertNull(StageTrace.of(r.rounds(), r.scenario(), 0, "nope"));
    }
}
