package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.negsim.inspect.Binning;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterGroupingTest {

    @Test
    void numericValuesAreSortedByValue() {
        ParameterGrouping g = ParameterGrouping.of("x", "0.5,0.1,0.25", List.of("0.5", "0.1", "0.25", "0.1"), 10);
        assertEquals(List.of("0.1", "0.25", "0.5"), g.labels());
        assertArrayEquals(new double[] {0.1, 0.25, 0.5}, g.positions());
        assertTrue(g.numeric());
        assertNull(g.binning());
        assertEquals(1, g.groupOf("0.25"));
        assertEquals(-1, g.groupOf("0.3"));
    }

    @Test
    void categoricalValuesKeepTheirFirstAppearanceAndIndexPositions() {
        ParameterGrouping g = ParameterGrouping.of("x", "b,a", List.of("b", "a", "b"), 10);
        assertEquals(List.of("b", "a"), g.labels());
        assertArrayEquals(new double[] {0, 1}, g.positions());
        assertFalse(g.numeric());
    }

    @Test
    void emptyCellsAreNoGroup() {
        ParameterGrouping g = ParameterGrouping.of("x", "1,2", List.of("1", "", "2"), 10);
        assertEquals(List.of("1", "2"), g.labels());
        assertEquals(-1, g.groupOf(""));
    }

    @Test
    void aRangeSpecIsBinnedOverTheSpecNotTheObservedValues() {
        ParameterGrouping g = ParameterGrouping.of("x", "0.0..2.0", List.of("0.3", "0.9"), 4);
        assertEquals(new Binning(0, 2, 4), g.binning());
        assertEquals(List.of("[0, 0.5)", "[0.5, 1)", "[1, 1.5)", "[1.5, 2]"), g.labels());
        assertArrayEquals(new double[] {0.25, 0.75, 1.25, 1.75}, g.positions());
        assertEquals(0, g.groupOf("0.3"));
        assertEquals(1, g.groupOf("0.9"));
        assertEquals(3, g.groupOf("2.0"));
    }

    @Test
    void gridSpecIsGroupedByValue() {
        ParameterGrouping g = ParameterGrouping.of("x", "0:1:0.5", List.of("0.0", "0.5", "1.0"), 4);
        assertNull(g.binning());
        assertEquals(3, g.size());
    }
}
