package org.negsim.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The EMA Workbench's PRIM quantile, against the values its own test suite publishes. */
class EmaQuantileTest {

    private static double q(double[] sorted, double quantile) {
        return EmaQuantile.of(i -> sorted[i], sorted.length, quantile);
    }

    @Test
    void zeroToNineCutsHalfwayBetweenNeighbours() {
        double[] data = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertEquals(8.5, q(data, 0.9));
        assertEquals(8.5, q(data, 0.95));
        assertEquals(0.5, q(data, 0.1));
        assertEquals(0.5, q(data, 0.05));
    }

    @Test
    void oneValueIsItsOwnQuantile() {
        double[] data = {1};
        assertEquals(1, q(data, 0.9));
        assertEquals(1, q(data, 0.05));
    }

    @Test
    void tiesAtTheEndsMoveTheCutToTheNextDistinctValue() {
        double[] data = {1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9};
        assertEquals(8.5, q(data, 0.9));
        assertEquals(8.5, q(data, 0.95));
        assertEquals(1.5, q(data, 0.1));
        assertEquals(1.5, q(data, 0.05));
    }

    @Test
    void allValuesEqualGiveThatValue() {
        double[] data = {3, 3, 3, 3};
        assertEquals(3, q(data, 0.05));
        assertEquals(3, q(data, 0.95));
    }

    @Test
    void truncationIsTowardZeroAsPythonsInt() {
        assertEquals(2, EmaQuantile.truncate(2.5));
        assertEquals(-2, EmaQuantile.truncate(-2.5));
        assertEquals(0, EmaQuantile.truncate(-0.5));
    }
}
