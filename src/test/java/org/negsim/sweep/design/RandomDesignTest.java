package org.negsim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomDesignTest {

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.range("behavior.temperature", 0.0, 0.2),
            Specs.parse("stages[gge].rule.type", "consensus,majority,unanimity"),
            Parameter.range("actors[USA].signCost", -1.0, 1.0));

    @Test
    void sameSeedGivesTheSamePointsWhateverTheOrderOfAccess() {
        RandomDesign first = new RandomDesign(PARAMETERS, 100, 2018L);
        RandomDesign second = new RandomDesign(PARAMETERS, 100, 2018L);
        JsonPrimitive[] late = first.point(99);
        for (long i = 0; i < 100; i++) {
            assertArrayEquals(first.point(i), second.point(i));
        }
        assertArrayEquals(late, second.point(99));
        assertEquals("random", first.type());
        assertEquals(100, first.size());
    }

    @Test
    void differentSeedsGiveDifferentPoints() {
        RandomDesign a = new RandomDesign(PARAMETERS, 10, 1L);
        RandomDesign b = new RandomDesign(PARAMETERS, 10, 2L);
        for (long i = 0; i < 10; i++) {
            assertFalse(Arrays.equals(a.point(i), b.point(i)));
        }
    }

    @Test
    void seedsDifferingOnlyInHighBitsGiveDifferentPoints() {
        assertFalse(Arrays.equals(new RandomDesign(PARAMETERS, 1, 5L).point(0),
                new RandomDesign(PARAMETERS, 1, 5L | (1L << 50)).point(0)));
    }

    @Test
    void drawsAreUniformOverRangesAndCategories() {
        int n = 30_000;
        RandomDesign design = new RandomDesign(PARAMETERS, n, 7L);
        double sumT = 0;
        double sumC = 0;
        int[] categories = new int[3];
        List<String> names = List.of("consensus", "majority", "unanimity");
        for (long i = 0; i < n; i++) {
            JsonPrimitive[] p = design.point(i);
            double t = p[0].getAsDouble();
            double c = p[2].getAsDouble();
            assertTrue(t >= 0.0 && t < 0.2);
            assertTrue(c >= -1.0 && c < 1.0);
            sumT += t;
            sumC += c;
            categories[names.indexOf(p[1].getAsString())]++;
        }
        // means: sd of a uniform on [0, 0.2] is 0.0577, so the mean's sd is 0.00033; 5 sd tolerance
        assertEquals(0.1, sumT / n, 0.0017);
        assertEquals(0.0, sumC / n, 0.017);
        for (int count : categories) {
            // binomial(30000, 1/3): sd 82; 5 sd tolerance
            assertEquals(n / 3.0, count, 410);
        }
    }

    @Test
    void badSampleCountIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new RandomDesign(PARAMETERS, 0, 1L));
        assertThrows(IndexOutOfBoundsException.class, () -> new RandomDesign(PARAMETERS, 3, 1L).point(3));
    }
}
