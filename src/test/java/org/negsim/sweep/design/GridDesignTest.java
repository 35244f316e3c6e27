package org.negsim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonPrimitive;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GridDesignTest {

    private static String[] strings(JsonPrimitive[] point) {
        return Arrays.stream(point).map(JsonPrimitive::getAsString).toArray(String[]::new);
    }

    @Test
    void firstParameterVariesSlowest() {
        GridDesign grid = new GridDesign(List.of(Specs.parse("a", "a1,a2"), Specs.parse("b", "b1,b2,b3")));
        assertEquals("grid", grid.type());
        assertEquals(6, grid.size());
        String[][] expected = {{"a1", "b1"}, {"a1", "b2"}, {"a1", "b3"}, {"a2", "b1"}, {"a2", "b2"}, {"a2", "b3"}};
        for (int i = 0; i < 6; i++) {
            assertArrayEquals(expected[i], strings(grid.point(i)));
        }
    }

    @Test
    void sizeIsTheProductOfValueCountsAndEveryCombinationOccursOnce() {
        int[][] shapes = {{1}, {5}, {2, 3}, {3, 1, 4}, {2, 2, 2, 2, 2}, {7, 1, 1, 3}};
        for (int[] shape : shapes) {
            Parameter[] ps = new Parameter[shape.length];
            long product = 1;
            for (int d = 0; d < shape.length; d++) {
                ps[d] = Parameter.grid("p" + d, java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(shape[d] - 1),
                        java.math.BigDecimal.ONE);
                product *= shape[d];
            }
            GridDesign grid = new GridDesign(List.of(ps));
            assertEquals(product, grid.size(), Arrays.toString(shape));
            Set<List<String>> seen = new HashSet<>();
            for (long i = 0; i < grid.size(); i++) {
                seen.add(List.of(strings(grid.point(i))));
            }
            assertEquals(product, seen.size(), Arrays.toString(shape));
        }
    }

    @Test
    void noParametersGiveOneEmptyPoint() {
        GridDesign grid = new GridDesign(List.of());
        assertEquals(1, grid.size());
        assertEquals(0, grid.point(0).length);
    }

    @Test
    void aContinuousRangeIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GridDesign(List.of(Specs.parse("a", "1,2"), Parameter.range("b", 0, 1))));
        assertEquals("b: a grid design needs values or from:to:step, not the range 0.0..1.0", e.getMessage());
    }

    @Test
    void aPathVariedTwiceIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> new GridDesign(List.of(Specs.parse("a", "1,2"), Specs.parse("a", "3"))));
    }

    @Test
    void aGridBeyondLongRangeIsAnErrorWhileAHugeGridCostsNoMemory() {
        Parameter huge = hugeGrid("a");
        GridDesign big = new GridDesign(List.of(huge, hugeGrid("b")));
        assertEquals(2_000_000_001L * 2_000_000_001L, big.size());
        assertArrayEquals(new String[] {"2000000000", "2000000000"}, strings(big.point(big.size() - 1)));
        assertThrows(IllegalArgumentException.class, () -> new GridDesign(List.of(huge,
                hugeGrid("b"), hugeGrid("c"))));
    }

    private static Parameter hugeGrid(String path) {
        return Parameter.grid(path, java.math.BigDecimal.ZERO, new java.math.BigDecimal("2000000000"),
                java.math.BigDecimal.ONE);
    }

    @Test
    void indexOutOfRangeIsAnError() {
        GridDesign grid = new GridDesign(List.of(Specs.parse("a", "1,2")));
        assertThrows(IndexOutOfBoundsException.class, () -> grid.point(2));
        assertThrows(IndexOutOfBoundsException.class, () -> grid.point(-1));
    }
}
