package org.negsim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatinHypercubeDesignTest {

    private static List<Parameter> parameters(int samples) {
        List<Parameter> ps = new ArrayList<>();
        ps.add(Parameter.range("a", 0.0, 1.0));
        ps.add(Parameter.range("b", 0.0, 1.0));
        // a list of exactly `samples` values: value index = stratum
        ps.add(Parameter.grid("c", BigDecimal.ZERO, BigDecimal.valueOf(samples - 1), BigDecimal.ONE));
        ps.add(Parameter.range("d", 0.0, 1.0));
        return ps;
    }

    @ParameterizedTest(name = "{0} samples, seed {1}")
    @CsvSource({"1, 1", "2, 1", "7, 2018", "100, 3", "100, -42", "1000, 99", "4096, 123456789012345"})
    void everyStratumOfEveryParameterHoldsExactlyOnePoint(int samples, long seed) {
        LatinHypercubeDesign lhs = new LatinHypercubeDesign(parameters(samples), samples, seed);
        assertEquals(samples, lhs.size());
        int k = lhs.parameters().size();
        int[][] hits = new int[k][samples];
        for (long i = 0; i < samples; i++) {
            JsonPrimitive[] p = lhs.point(i);
            for (int d = 0; d < k; d++) {
                double u = p[d].getAsDouble();
                int stratum = d == 2 ? p[d].getAsInt() : (int) Math.floor(u * samples);
                assertTrue(d == 2 || (u >= 0.0 && u < 1.0));
                hits[d][stratum]++;
            }
        }
        for (int d = 0; d < k; d++) {
            for (int s = 0; s < samples; s++) {
                assertEquals(1, hits[d][s], "parameter " + d + " stratum " + s);
            }
        }
    }

    @Test
    void sameSeedGivesTheSamePoints() {
        LatinHypercubeDesign a = new LatinHypercubeDesign(parameters(50), 50, 11L);
        LatinHypercubeDesign b = new LatinHypercubeDesign(parameters(50), 50, 11L);
        for (long i = 49; i >= 0; i--) {
            assertArrayEquals(a.point(i), b.point(i));
        }
        assertEquals("lhs", a.type());
    }

    @Test
    void differentSeedsGiveDifferentPoints() {
        LatinHypercubeDesign a = new LatinHypercubeDesign(parameters(50), 50, 11L);
        LatinHypercubeDesign b = new LatinHypercubeDesign(parameters(50), 50, 12L);
        int same = 0;
        for (long i = 0; i < 50; i++) {
            same += Arrays.equals(a.point(i), b.point(i)) ? 1 : 0;
        }
        assertEquals(0, same);
    }

    @Test
    void fewerCategoriesThanSamplesAreUsedEquallyWhenTheyDivideTheSampleCount() {
        LatinHypercubeDesign lhs = new LatinHypercubeDesign(List.of(Specs.parse("r", "x,y,z")), 12, 5L);
        int[] counts = new int[3];
        for (long i = 0; i < 12; i++) {
            counts["xyz".indexOf(lhs.point(i)[0].getAsString())]++;
        }
        assertArrayEquals(new int[] {4, 4, 4}, counts);
    }

    @Test
    void badSampleCountIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new LatinHypercubeDesign(parameters(1), 0, 1L));
        assertFalse(new LatinHypercubeDesign(List.of(), 3, 1L).point(2).length > 0);
    }
}
