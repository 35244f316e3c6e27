package org.negsim.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.negsim.model.SuccessCondition.Measure;

/** Each measure of an open declaration's success condition at, just below and just above its threshold. */
class SuccessConditionTest {

    private static SuccessCondition of(Measure measure, double threshold) {
        return new SuccessCondition(Selector.ALL, measure, threshold, measure == Measure.MIN_SHARE ? "gdp" : null);
    }

    @Test
    void minCountHoldsFromExactlyN() {
        SuccessCondition c = of(Measure.MIN_COUNT, 10);
        assertFalse(c.holds(9, 50, 0, 0));
        assertTrue(c.holds(10, 50, 0, 0));
        assertTrue(c.holds(11, 50, 0, 0));
        assertTrue(of(Measure.MIN_COUNT, 0).holds(0, 0, 0, 0), "n = 0 holds with nobody");
    }

    /** 11 of 20 is exactly 55 % (0.55 · 20 is 11.000000000000002 in binary floating point). */
    @Test
    void minFractionIsTheDecimalTheUserWrote() {
        SuccessCondition c = of(Measure.MIN_FRACTION, 0.55);
        assertTrue(c.holds(11, 20, 0, 0));
        assertFalse(c.holds(10, 20, 0, 0));
        assertTrue(of(Measure.MIN_FRACTION, 0.5).holds(2, 4, 0, 0), "exactly half");
        assertFalse(of(Measure.MIN_FRACTION, 0.5).holds(1, 3, 0, 0));
        assertFalse(of(Measure.MIN_FRACTION, 0.67).holds(2, 3, 0, 0));
        assertTrue(of(Measure.MIN_FRACTION, 1.0).holds(3, 3, 0, 0));
        assertFalse(of(Measure.MIN_FRACTION, 1.0).holds(2, 3, 0, 0));
    }

    @Test
    void minShareComparesWeightsWithARelativeTolerance() {
        SuccessCondition c = of(Measure.MIN_SHARE, 0.3);
        assertTrue(c.holds(1, 3, 0.1 + 0.2, 1.0), "0.1 + 0.2 = 0.30000000000000004 reaches 0.3");
        assertTrue(c.holds(1, 3, 0.29999999999999993, 1.0), "within 1e-12 relative");
        assertFalse(c.holds(1, 3, 0.2999, 1.0));
        assertTrue(c.holds(1, 3, 55.0, 150.0));
        assertFalse(c.holds(1, 3, 44.9, 150.0));
    }
}
