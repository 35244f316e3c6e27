package org.negsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeanIntervalTest {

    @Test
    void oneTwoThreeFourUsesTheTQuantileWithThreeDegreesOfFreedom() {
        // mean 2.5, s = sqrt(5/3) = 1.2909944, t(0.975; 3) = 3.1824463 (published tables): half = 2.0542603
        MeanInterval m = MeanInterval.of(4, 2.5, Math.sqrt(5.0 / 3.0));
        assertEquals(2.5, m.mean());
        assertEquals(2.5 - 2.0542603, m.low(), 1e-6);
        assertEquals(2.5 + 2.0542603, m.high(), 1e-6);
    }

    @Test
    void manyValuesApproachTheNormalInterval() {
        MeanInterval m = MeanInterval.of(1_000_000, 0, 1);
        assertEquals(1.959964 / 1000, m.high(), 1e-8);
    }

    @Test
    void fewerThanTwoValuesHaveNoInterval() {
        MeanInterval one = MeanInterval.of(1, 3, 0);
        assertEquals(3, one.mean());
        assertTrue(Double.isNaN(one.low()) && Double.isNaN(one.high()));
        assertTrue(Double.isNaN(MeanInterval.of(0, Double.NaN, Double.NaN).mean()));
    }
}
