package org.negsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.engine.RoundRecord;

class SupportSeriesTest {

    private static RoundRecord record(String stage, int round, int joined, boolean success) {
        return new RoundRecord(stage, round, joined, new int[0], new double[0], -1, -1, -1, new double[0], success);
    }

    @Test
    void oneCurvePerStageWithTheFirstSuccessRound() {
        SupportSeries s = new SupportSeries();
        s.round(record("gge", 0, 0, false));
        s.round(record("gge", 1, 3, false));
        s.round(record("call", 0, 1, false));
        s.round(record("call", 1, 4, true));
        s.round(record("call", 2, 5, true));
        assertEquals(List.of(
                new SupportSeries.Stage("gge", List.of(0, 3), -1),
                new SupportSeries.Stage("call", List.of(1, 4, 5), 1)), s.snapshot());
    }

    @Test
    void clearForgetsTheRun() {
        SupportSeries s = new SupportSeries();
        s.round(record("gge", 0, 0, false));
        s.clear();
        assertEquals(List.of(), s.snapshot());
    }

    @Test
    void aStageRunTwiceInARowIsTwoCurves() {
        // edge: two runs without clear, or a stage id repeated, still starts a new curve at round 0
        SupportSeries s = new SupportSeries();
        s.round(record("v", 0, 0, false));
        s.round(record("v", 0, 0, false));
        assertEquals(2, s.snapshot().size());
    }
}
