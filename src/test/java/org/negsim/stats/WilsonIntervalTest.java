package org.negsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Expected bounds computed with 40-digit arithmetic (mpmath) from the formula in the class doc. */
class WilsonIntervalTest {

    private static void assertBounds(long k, long n, double low, double high) {
        WilsonInterval w = WilsonInterval.of(k, n);
        assertEquals(low, w.low(), 1e-9, k + "/" + n + " low");
        assertEquals(high, w.high(), 1e-9, k + "/" + n + " high");
        assertEquals(k, w.successes());
        assertEquals(n, w.trials());
    }

    @Test
    void zeroOfTenStartsExactlyAtZero() {
        assertBounds(0, 10, 0.0, 0.27753279986288920453);
        assertEquals(0.0, WilsonInterval.of(0, 10).low());
    }

    @Test
    void tenOfTenEndsExactlyAtOne() {
        assertBounds(10, 10, 0.72246720013711079547, 1.0);
        assertEquals(1.0, WilsonInterval.of(10, 10).high());
    }

    @Test
    void fiveOfTenIsSymmetricAboutOneHalf() {
        assertBounds(5, 10, 0.23659309051256400056, 0.76340690948743599944);
        WilsonInterval w = WilsonInterval.of(5, 10);
        assertEquals(1.0, w.low() + w.high(), 1e-15);
        assertEquals(0.5, w.rate());
    }

    @Test
    void eightyOneOf263() {
        assertBounds(81, 263, 0.2552885198782742317, 0.36620957698280006291);
    }

    @Test
    void singleTrialEdges() {
        assertBounds(0, 1, 0.0, 0.79345068562276257264);
        assertBounds(1, 1, 0.20654931437723742736, 1.0);
        assertBounds(1, 3, 0.061491944720396241873, 0.79234039919795224705);
    }

    @Test
    void noTrialsGiveNaNBounds() {
        WilsonInterval w = WilsonInterval.of(0, 0);
        assertTrue(Double.isNaN(w.low()));
        assertTrue(Double.isNaN(w.high()));
        assertTrue(Double.isNaN(w.rate()));
    }

    @Test
    void boundsStayInsideTheUnitIntervalAndContainTheRate() {
        for (int n = 1; n <= 60; n++) {
            for (int k = 0; k <= n; k++) {
                WilsonInterval w = WilsonInterval.of(k, n);
                assertTrue(0.0 <= w.low() && w.low() <= w.rate() && w.rate() <= w.high() && w.high() <= 1.0,
                        k + "/" + n);
            }
        }
    }

    @Test
    void impossibleCountsAreAnError() {
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(11, 10));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(0, -1));
    }
}
