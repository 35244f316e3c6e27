package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberLiteralTest {

    @Test
    void keepsTheLiteralAndComputesValues() {
        NumberLiteral n = new NumberLiteral("2.50");
        assertEquals("2.50", n.toString());
        assertEquals(2.5, n.doubleValue());
        assertEquals(2, n.intValue());
        assertEquals(new NumberLiteral("2.50"), n);
    }

    @Test
    void beyondTheDoubleRangeIsInfinite() {
        assertEquals(Double.POSITIVE_INFINITY, new NumberLiteral("1e400").doubleValue());
    }
}
