package org.negsim.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void numbersCompareNumericallyAtTheExactThreshold() throws DiscoverException {
        Where w = Where.parse(">=0.5");
        assertEquals(true, w.test("0.5"));
        assertEquals(true, w.test("5e-1"));
        assertEquals(false, w.test("0.49999"));
        assertNull(w.test("high"));
        assertEquals(false, Where.parse("> 0.5").test("0.5"));
        assertEquals(true, Where.parse("<0").test("-1"));
        assertEquals(true, Where.parse("==1").test("1.0"));
        assertEquals(true, Where.parse("!=1").test("2"));
    }

    @Test
    void booleansIgnoreCaseAndAcceptOneAndZero() throws DiscoverException {
        Where w = Where.parse("==TRUE");
        assertEquals(true, w.test("true"));
        assertEquals(true, w.test("TRUE"));
        assertEquals(true, w.test("1"));
        assertEquals(false, w.test("False"));
        assertNull(w.test("yes"));
        assertEquals(true, Where.parse("!= true").test("false"));
        assertEquals(true, Where.IS_TRUE.test("True"));
    }

    @Test
    void textComparesExactly() throws DiscoverException {
        Where w = Where.parse("==linear");
        assertEquals(true, w.test("linear"));
        assertEquals(false, w.test("Linear"));
        assertEquals(true, Where.parse("!=linear").test("quadratic"));
    }

    @Test
    void badExpressionsSayWhatIsAllowed() {
        DiscoverException e = assertThrows(DiscoverException.class, () -> Where.parse("0.5"));
        assertTrue(e.getMessage().contains(">=, >, <=, <, ==, !="), e.getMessage());
        e = assertThrows(DiscoverException.class, () -> Where.parse(">= high"));
        assertTrue(e.getMessage().contains("needs a number"), e.getMessage());
        assertThrows(DiscoverException.class, () -> Where.parse("=="));
    }
}
