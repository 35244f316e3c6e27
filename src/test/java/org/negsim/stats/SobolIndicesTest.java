package org.negsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.sweep.design.Parameter;
import org.negsim.sweep.design.SaltelliDesign;

class SobolIndicesTest {

    /** N = 2, k = 1 worked by hand: pooled values 1, 3, 2, 4 have mean 2.5 and variance 1.25. */
    @Test
    void twoRowsByHand() {
        double[] fA = {1, 3};
        double[] fB = {2, 4};
        double[][] fAB = {{2, 2}};
        SobolIndices.Estimate e = SobolIndices.estimate(fA, fB, fAB, 0, 1L).get(0);
        // mean(fB·(fAB − fA)) = (2·1 + 4·(−1)) / 2 = −1 → −1 / 1.25
        assertEquals(-0.8, e.first(), 1e-15);
        // mean((fA − fAB)²) / 2 = (1 + 1) / 2 / 2 = 0.5 → 0.5 / 1.25
        assertEquals(0.4, e.total(), 1e-15);
        assertTrue(Double.isNaN(e.firstLow()) && Double.isNaN(e.totalHigh()), "no resamples, no interval");
    }

    @Test
    void constantOutputGivesNaN() {
        double[] ones = {1, 1, 1};
        SobolIndices.Estimate e = SobolIndices.estimate(ones, ones, new double[][] {ones}, 50, 1L).get(0);
        assertTrue(Double.isNaN(e.first()) && Double.isNaN(e.total()));
        assertTrue(Double.isNaN(e.firstLow()) && Double.isNaN(e.totalHigh()));
    }

    /**
     * Ishigami function, a = 7, b = 0.1, x uniform on [−π, π]³. Analytic indices (Ishigami and
     * Homma 1990): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2; S1 = (bπ⁴/5 + b²π⁸/50 + 1/2)/V, S2 = a²/8/V,
     * S3 = 0, ST1 = S1 + (8b²π⁸/225)/V, ST2 = S2, ST3 = (8b²π⁸/225)/V. Tolerance: ±0.01 for N = 2^13
     * (estimates across seeds 1-7 and 2018 erred by at most 0.0024; the bootstrap intervals are about
     * ±0.03 wide, conservative for a quasi-random sample), and every 95 % interval must cover the truth.
     */
    @Test
    void ishigamiIndicesMatchTheAnalyticValues() {
        double a = 7;
        double b = 0.1;
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5;
        double s1 = (b * pi4 / 5 + b * b * pi8 / 50 + 0.5) / v;
        double s2 = a * a / 8 / v;
        double st3 = 8 * b * b * pi8 / 225 / v;
        double[] first = {s1, s2, 0.0};
        double[] total = {s1 + st3, s2, st3};
        assertEquals(0.3139, s1, 1e-4);
        assertEquals(0.4424, s2, 1e-4);
        assertEquals(0.2437, st3, 1e-4);

        List<Parameter> xs = List.of(Parameter.range("x1", -Math.PI, Math.PI),
                Parameter.range("x2", -Math.PI, Math.PI), Parameter.range("x3", -Math.PI, Math.PI));
        SaltelliDesign design = new SaltelliDesign(xs, 1 << 13, 2018L);
        double[] y = new double[(int) design.size()];
        for (int p = 0; p < y.length; p++) {
            JsonPrimitive[] x = design.point(p);
            double x1 = x[0].getAsDouble();
            double x2 = x[1].getAsDouble();
            double x3 = x[2].getAsDouble();
            y[p] = Math.sin(x1) + a * Math.pow(Math.sin(x2), 2) + b * Math.pow(x3, 4) * Math.sin(x1);
        }
        List<SobolIndices.Estimate> estimates = SobolIndices.fromSaltelliOutputs(y, 3, 1000, 42L);
        for (int i = 0; i < 3; i++) {
            SobolIndices.Estimate e = estimates.get(i);
            String name = "x" + (i + 1) + " " + e;
            assertEquals(first[i], e.first(), 0.01, name);
            assertEquals(total[i], e.total(), 0.01, name);
            assertTrue(e.firstLow() <= first[i] && first[i] <= e.firstHigh(), name);
            assertTrue(e.totalLow() <= total[i] && total[i] <= e.totalHigh(), name);
            assertTrue(e.firstLow() <= e.first() && e.first() <= e.firstHigh(), name);
            assertTrue(e.totalLow() <= e.total() && e.total() <= e.totalHigh(), name);
        }
    }

    @Test
    void additiveModelHasEqualFirstAndTotalIndices() {
        // Y = x1 + 2·x2 on the unit square: Var = 1/12 + 4/12, S1 = ST1 = 1/5, S2 = ST2 = 4/5
        SaltelliDesign design = new SaltelliDesign(
                List.of(Parameter.range("x1", 0, 1), Parameter.range("x2", 0, 1)), 1 << 12, 3L);
        double[] y = new double[(int) design.size()];
        for (int p = 0; p < y.length; p++) {
            JsonPrimitive[] x = design.point(p);
            y[p] = x[0].getAsDouble() + 2 * x[1].getAsDouble();
        }
        List<SobolIndices.Estimate> e = SobolIndices.fromSaltelliOutputs(y, 2, 200, 1L);
        assertEquals(0.2, e.get(0).first(), 0.02);
        assertEquals(0.2, e.get(0).total(), 0.02);
        assertEquals(0.8, e.get(1).first(), 0.02);
        assertEquals(0.8, e.get(1).total(), 0.02);
    }

    @Test
    void saltelliOutputsAreSplitByPointIndex() {
        // k = 1, N = 2: points A0, B0, AB0, A1, B1, AB1
        double[] outputs = {1, 2, 2, 3, 4, 2};
        assertEquals(SobolIndices.estimate(new double[] {1, 3}, new double[] {2, 4}, new double[][] {{2, 2}}, 20, 9L),
                SobolIndices.fromSaltelliOutputs(outputs, 1, 20, 9L));
    }

    @Test
    void bootstrapIsDeterministicForASeed() {
        double[] fA = {0.1, 0.5, 0.9, 0.3, 0.7};
        double[] fB = {0.4, 0.2, 0.8, 0.6, 0.0};
        double[][] fAB = {{0.2, 0.6, 0.7, 0.5, 0.1}};
        assertEquals(SobolIndices.estimate(fA, fB, fAB, 300, 5L), SobolIndices.estimate(fA, fB, fAB, 300, 5L));
        assertTrue(!SobolIndices.estimate(fA, fB, fAB, 300, 5L).equals(SobolIndices.estimate(fA, fB, fAB, 300, 6L)));
    }

    @Test
    void mismatchedOrNonFiniteOutputsAreAnError() {
        double[] two = {1, 2};
        assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(two, new double[] {1}, new double[][] {two}, 0, 1L));
        assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(two, two, new double[][] {{1}}, 0, 1L));
        assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(two, two, new double[0][], 0, 1L));
        assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(two, new double[] {1, Double.NaN}, new double[][] {two}, 0, 1L));
        assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.fromSaltelliOutputs(new double[] {1, 2, 3, 4}, 1, 0, 1L));
    }
}
