package org.negsim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.stats.SobolIndices;

class SobolAnalysisTest {

    /** One parameter (k = 1), N = 4 base rows: 12 points in blocks A, B, AB(0); 2 runs each. */
    private static final long[] SUCCESSES = {0, 2, 2, 1, 1, 1, 2, 0, 0, 0, 1, 1};

    @Test
    void indicesAreThoseOfTheSuccessRatePerPointWithTheMasterSeed() throws Exception {
        SobolAnalysis a = SobolAnalysis.of(inspection(ResultsFixture.manifestRecord("sobol", 12, 2, 24, true, 1),
                24, full(12, 2), SUCCESSES));
        assertTrue(a.defined());
        double[] y = new double[12];
        for (int p = 0; p < 12; p++) {
            y[p] = SUCCESSES[p] / 2.0;
        }
        assertEquals(SobolIndices.fromSaltelliOutputs(y, 1, 1000, 2018), a.estimates());
        assertEquals(List.of("t"), a.parameters());
        assertEquals(12, a.points());
        assertEquals(2, a.replications());
    }

    @Test
    void edgeConstantSuccessRateLeavesTheIndicesUndefined() throws Exception {
        long[] all = full(12, 2);
        SobolAnalysis a = SobolAnalysis.of(inspection(ResultsFixture.manifestRecord("sobol", 12, 2, 24, true, 1),
                24, full(12, 2), all));
        assertFalse(a.defined());
        assertEquals(List.of(), a.estimates());
        assertEquals("the success rate is 100.0 % at every design point: it does not vary, so the Sobol indices "
                + "are undefined", a.undefinedReason());
    }

    @Test
    void edgeSuccessRateVaryingOnlyOutsideAAndBLeavesTheIndicesUndefined() throws Exception {
        long[] s = new long[12];
        s[2] = 2; // AB(0) of row 0; every A and B point fails
        SobolAnalysis a = SobolAnalysis.of(inspection(ResultsFixture.manifestRecord("sobol", 12, 2, 24, true, 1),
                24, full(12, 2), s));
        assertFalse(a.defined());
        assertTrue(a.undefinedReason().startsWith("the success rate does not vary over the base samples"));
    }

    @Test
    void incompleteSweepIsRefused() {
        InspectException unfinished = assertThrows(InspectException.class, () -> SobolAnalysis.of(inspection(
                ResultsFixture.manifestRecord("sobol", 12, 2, 24, false, 1), 20, full(12, 2), SUCCESSES)));
        assertEquals("the sweep is incomplete: 20 of 24 runs; resume it first", unfinished.getMessage());
        long[] counts = full(12, 2);
        counts[5] = 1;
        InspectException point = assertThrows(InspectException.class, () -> SobolAnalysis.of(inspection(
                ResultsFixture.manifestRecord("sobol", 12, 2, 24, true, 1), 24, counts, SUCCESSES)));
        assertEquals("the sweep is incomplete: design point 5 has 1 of 2 runs; resume it first", point.getMessage());
    }

    @Test
    void shardIsRefused() {
        InspectException e = assertThrows(InspectException.class, () -> SobolAnalysis.of(inspection(
                ResultsFixture.manifestRecord("sobol", 12, 2, 12, true, 2), 12, full(12, 2), SUCCESSES)));
        assertEquals("this folder holds shard 0/2 of a sobol sweep: Sobol indices need all its runs; merge the "
                + "shards (negsim merge) and inspect the merged folder", e.getMessage());
    }

    private static long[] full(int points, long value) {
        long[] a = new long[points];
        java.util.Arrays.fill(a, value);
        return a;
    }

    private static Inspection inspection(ResultsManifest m, long runs, long[] counts, long[] successes) {
        return new Inspection(m, List.of("s"), "s", "majority", List.of(), List.of(), runs, counts, successes,
                List.of("t"));
    }
}
