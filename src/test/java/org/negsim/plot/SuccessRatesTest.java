package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negsim.stats.WilsonInterval;

class SuccessRatesTest {

    @TempDir
    Path dir;

    private SuccessRates rates() throws Exception {
        return new SuccessRates(ResultsSet.load(PlotFixtures.sweepFolder(dir)), 10);
    }

    @Test
    void overallRateCountsEveryRunInWhichTheStageRan() throws Exception {
        SuccessRates.StageRates call = rates().stage("call");
        assertEquals(5, call.runs());
        assertEquals(5, call.ran());
        assertEquals(WilsonInterval.of(3, 5), call.overall());
    }

    @Test
    void aStageThatDidNotRunCountsAsNotSuccessfulAsInInspect() throws Exception {
        SuccessRates.StageRates vote = rates().stage("vote");
        assertEquals(5, vote.runs());
        assertEquals(2, vote.ran());
        assertEquals(WilsonInterval.of(1, 5), vote.overall()); // run 1 succeeded; 2 failed; 0, 3, 4 did not run
    }

    @Test
    void wilsonBandPerValue() throws Exception {
        List<RateGroup> byP = rates().stage("call").byParameter().get("p");
        assertEquals("0.0", byP.get(0).label());
        assertEquals(0.0, byP.get(0).x());
        assertEquals(WilsonInterval.of(1, 2), byP.get(0).interval()); // runs 0 (fail), 1 (success)
        assertEquals(1.0, byP.get(1).x());
        assertEquals(WilsonInterval.of(2, 3), byP.get(1).interval()); // runs 2, 3 succeed; 4 fails
        List<RateGroup> byQ = rates().stage("call").byParameter().get("q");
        assertEquals(WilsonInterval.of(1, 2), byQ.get(0).interval()); // a: runs 0, 2
        assertEquals(WilsonInterval.of(2, 3), byQ.get(1).interval()); // b: runs 1, 3, 4
    }

    @Test
    void runsInWhichTheStageDidNotRunCountPerValueToo() throws Exception {
        List<RateGroup> byQ = rates().stage("vote").byParameter().get("q");
        assertEquals(WilsonInterval.of(0, 2), byQ.get(0).interval()); // a: run 0 did not run, run 2 failed
        assertEquals(WilsonInterval.of(1, 3), byQ.get(1).interval()); // b: run 1 succeeded, runs 3 and 4 did not run
        List<RateGroup> byP = rates().stage("vote").byParameter().get("p");
        assertEquals(2, byP.get(0).interval().trials());
    }

    @Test
    void heatMapCellsCrossTheTwoGroupings() throws Exception {
        SuccessRates.HeatMap h = rates().heatMap("call", "p", "q");
        assertEquals(WilsonInterval.of(0, 1), h.cells()[0][0]);
        assertEquals(WilsonInterval.of(1, 1), h.cells()[0][1]);
        assertEquals(WilsonInterval.of(1, 1), h.cells()[1][0]);
        assertEquals(WilsonInterval.of(1, 2), h.cells()[1][1]);
        SuccessRates.HeatMap vote = rates().heatMap("vote", "p", "q");
        assertEquals(WilsonInterval.of(0, 1), vote.cells()[0][0]); // run 0: the vote did not run
        assertEquals(WilsonInterval.of(0, 2), vote.cells()[1][1]); // runs 3, 4: did not run
    }

    @Test
    void unknownParameterIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> rates().heatMap("call", "p", "nope"));
    }
}
