package org.negsim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class SaltelliDesignTest {

    private static List<Parameter> unitParameters(int k) {
        List<Parameter> ps = new ArrayList<>();
        for (int d = 0; d < k; d++) {
            ps.add(Parameter.range("x" + d, 0.0, 1.0));
        }
        return ps;
    }

    private static double[] unit(JsonPrimitive[] point) {
        return Arrays.stream(point).mapToDouble(JsonPrimitive::getAsDouble).toArray();
    }

    private static long bits(double u) {
        return (long) (u * 0x1.0p52);
    }

    @Test
    void sizeIsBaseSamplesTimesParametersPlusTwo() {
        SaltelliDesign design = new SaltelliDesign(unitParameters(3), 64, 1L);
        assertEquals(64 * 5, design.size());
        assertEquals(64, design.baseSamples());
        assertEquals("sobol", design.type());
    }

    @Test
    void slotDecodesRowAndBlock() {
        SaltelliDesign design = new SaltelliDesign(unitParameters(3), 8, 1L);
        assertEquals(new SaltelliDesign.Slot(0, 0), design.slot(0));
        assertEquals(new SaltelliDesign.Slot(0, 4), design.slot(4));
        assertEquals(new SaltelliDesign.Slot(1, 0), design.slot(5));
        SaltelliDesign.Slot ab = design.slot(13);
        assertEquals(2, ab.row());
        assertEquals(3, ab.block());
        assertEquals(1, ab.swapped());
        assertFalse(ab.isA() || ab.isB());
        assertTrue(design.slot(10).isA());
        assertTrue(design.slot(11).isB());
        assertEquals(-1, design.slot(11).swapped());
        for (long p = 0; p < design.size(); p++) {
            SaltelliDesign.Slot s = design.slot(p);
            assertEquals(p, SaltelliDesign.index(s.row(), s.block(), 3));
        }
        assertThrows(IllegalArgumentException.class, () -> SaltelliDesign.index(0, 5, 3));
    }

    @Test
    void abRowsMatchAExceptTheSwappedColumnWhichComesFromB() {
        int k = 4;
        SaltelliDesign design = new SaltelliDesign(unitParameters(k), 32, 77L);
        for (long j = 0; j < 32; j++) {
            double[] a = unit(design.point(SaltelliDesign.index(j, 0, k)));
            double[] b = unit(design.point(SaltelliDesign.index(j, 1, k)));
            for (int d = 0; d < k; d++) {
                assertNotEquals(a[d], b[d], "A and B differ in every column, row " + j);
            }
            for (int i = 0; i < k; i++) {
                double[] ab = unit(design.point(SaltelliDesign.index(j, 2 + i, k)));
                for (int d = 0; d < k; d++) {
                    assertEquals(d == i ? b[d] : a[d], ab[d], "row " + j + " AB" + i + " column " + d);
                }
            }
        }
    }

    @Test
    void pointsLieInTheUnitCubeHalfOpen() {
        SaltelliDesign design = new SaltelliDesign(unitParameters(5), 1024, -3L);
        for (long p = 0; p < design.size(); p++) {
            for (double u : unit(design.point(p))) {
                assertTrue(u >= 0.0 && u < 1.0, "point " + p + ": " + u);
            }
        }
    }

    @Test
    void rowJIsSobolPointJPlusOneWithAConstantDigitalShiftPerDimension() {
        int k = 3;
        SaltelliDesign design = new SaltelliDesign(unitParameters(k), 100, 2018L);
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.nextVector(); // point 0, all zeros, is skipped
        long[] shift = null;
        for (long j = 0; j < 100; j++) {
            double[] raw = sobol.nextVector();
            double[] a = unit(design.point(SaltelliDesign.index(j, 0, k)));
            double[] b = unit(design.point(SaltelliDesign.index(j, 1, k)));
            long[] xor = new long[2 * k];
            for (int d = 0; d < k; d++) {
                xor[d] = bits(a[d]) ^ bits(raw[d]);
                xor[k + d] = bits(b[d]) ^ bits(raw[k + d]);
            }
            if (shift == null) {
                shift = xor;
            }
            assertArrayEquals(shift, xor, "row " + j);
        }
    }

    @Test
    void sameSeedGivesTheSamePointsAndDifferentSeedsDiffer() {
        SaltelliDesign a = new SaltelliDesign(unitParameters(2), 16, 5L);
        SaltelliDesign b = new SaltelliDesign(unitParameters(2), 16, 5L);
        SaltelliDesign c = new SaltelliDesign(unitParameters(2), 16, 6L);
        for (long p = a.size() - 1; p >= 0; p--) {
            assertArrayEquals(a.point(p), b.point(p));
            assertFalse(Arrays.equals(a.point(p), c.point(p)), "point " + p);
        }
    }

    @Test
    void categoricalParametersChooseByUnitCoordinate() {
        SaltelliDesign design = new SaltelliDesign(
                List.of(Specs.parse("rule", "consensus,majority"), Parameter.range("t", 0, 1)), 64, 9L);
        int majority = 0;
        for (long j = 0; j < 64; j++) {
            String v = design.point(SaltelliDesign.index(j, 0, 2))[0].getAsString();
            assertTrue(v.equals("consensus") || v.equals("majority"));
            majority += v.equals("majority") ? 1 : 0;
        }
        // the first Sobol' coordinate is balanced over halves: rows 1..64 put 32 in each half
        assertEquals(32, majority);
    }

    @Test
    void parameterCountOutsideOneToFiveHundredIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new SaltelliDesign(List.of(), 8, 1L));
        assertThrows(IllegalArgumentException.class, () -> new SaltelliDesign(unitParameters(501), 8, 1L));
        assertThrows(IllegalArgumentException.class, () -> new SaltelliDesign(unitParameters(2), 0, 1L));
        assertEquals(502 * 2, new SaltelliDesign(unitParameters(500), 2, 1L).size());
    }
}
