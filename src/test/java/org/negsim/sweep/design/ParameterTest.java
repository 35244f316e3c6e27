package org.negsim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterTest {

    private static List<String> strings(Parameter p) {
        return p.values().stream().map(JsonPrimitive::getAsString).toList();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void gridOfTenthsIsExactDecimalsWithBothEnds() {
        Parameter p = Parameter.grid("behavior.temperature", d("0"), d("0.5"), d("0.1"));
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4", "0.5"), strings(p));
        assertEquals(new BigDecimal("0.3"), p.values().get(3).getAsBigDecimal());
        assertTrue(p.values().get(3).isNumber());
        assertEquals(0.3, p.values().get(3).getAsDouble());
    }

    @Test
    void gridEndOffTheGridIsExcluded() {
        assertEquals(List.of("0", "0.3", "0.6", "0.9"), strings(Parameter.grid("x", d("0"), d("1"), d("0.3"))));
    }

    @Test
    void gridTrailingZerosAreStrippedButIntegersStayPlain() {
        assertEquals(List.of("0", "10", "20"), strings(Parameter.grid("x", d("0.0"), d("20.00"), d("10.0"))));
        assertEquals(List.of("1", "3", "5"), strings(Parameter.grid("stages[s].rounds", d("1"), d("5"), d("2"))));
        assertEquals(5, Parameter.grid("x", d("1"), d("5"), d("2")).values().get(2).getAsInt());
    }

    @Test
    void gridWithNegativeStartCrossesZero() {
        assertEquals(List.of("-0.2", "-0.1", "0", "0.1"), strings(Parameter.grid("x", d("-0.2"), d("0.1"), d("0.1"))));
    }

    @Test
    void gridWithFromEqualToHasOneValue() {
        assertEquals(List.of("0.7"), strings(Parameter.grid("x", d("0.7"), d("0.7"), d("0.1"))));
    }

    @Test
    void gridRejectsNonPositiveStepAndReversedBounds() {
        assertThrows(IllegalArgumentException.class, () -> Parameter.grid("x", d("0"), d("1"), d("0")));
        assertThrows(IllegalArgumentException.class, () -> Parameter.grid("x", d("0"), d("1"), d("-0.1")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parameter.grid("x", d("1"), d("0"), d("0.1")));
        assertEquals("x: from must be <= to, was 1 > 0", e.getMessage());
    }

    @Test
    void gridWithTooManyValuesIsRejectedButALongGridIsLazy() {
        assertThrows(IllegalArgumentException.class, () -> Parameter.grid("x", d("0"), d("1"), d("1e-12")));
        Parameter big = Parameter.grid("x", d("0"), d("1"), d("1e-9"));
        assertEquals(1_000_000_001, big.values().size());
        assertEquals("0.000000999", big.values().get(999).getAsBigDecimal().toPlainString());
        assertEquals("1", big.values().get(1_000_000_000).getAsString());
    }

    @Test
    void valuesAreKeptExactlyAsGiven() {
        List<JsonPrimitive> given = List.of(new JsonPrimitive(new BigDecimal("0.10")), new JsonPrimitive("USA"),
                new JsonPrimitive(true), new JsonPrimitive(3));
        Parameter p = Parameter.values("x", given);
        assertEquals(given, p.values());
        assertEquals("0.10", p.values().get(0).getAsString());
        assertEquals("0.10,USA,true,3", p.spec());
        assertFalse(p.isRange());
        assertTrue(Double.isNaN(p.min()));
    }

    @Test
    void valuesRejectEmptyAndNonFinite() {
        assertThrows(IllegalArgumentException.class, () -> Parameter.values("x", List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Parameter.values("x", List.of(new JsonPrimitive(Double.NaN))));
    }

    @Test
    void rangeMapsUnitLinearly() {
        Parameter p = Parameter.range("actors[USA].signCost", -1.0, 3.0);
        assertTrue(p.isRange());
        assertEquals(-1.0, p.atUnit(0.0).getAsDouble());
        assertEquals(1.0, p.atUnit(0.5).getAsDouble());
        assertEquals(2.0, p.atUnit(0.75).getAsDouble());
        assertEquals("-1.0..3.0", p.spec());
        assertThrows(IllegalStateException.class, p::values);
    }

    @Test
    void rangeWithEqualBoundsIsAConstant() {
        assertEquals(0.5, Parameter.range("x", 0.5, 0.5).atUnit(0.9).getAsDouble());
    }

    @Test
    void rangeRejectsReversedAndNonFiniteBounds() {
        assertThrows(IllegalArgumentException.class, () -> Parameter.range("x", 1.0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> Parameter.range("x", 0.0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Parameter.range("x", Double.NaN, 1.0));
    }

    @Test
    void listAtUnitPicksFloorOfUTimesCount() {
        Parameter p = Parameter.values("x", List.of(new JsonPrimitive("a"), new JsonPrimitive("b"), new JsonPrimitive("c")));
        assertEquals("a", p.atUnit(0.0).getAsString());
        assertEquals("a", p.atUnit(0.333).getAsString());
        assertEquals("b", p.atUnit(1.0 / 3.0).getAsString());
        assertEquals("c", p.atUnit(Math.nextDown(1.0)).getAsString());
    }

    @Test
    void atUnitRejectsOneAndNegative() {
        Parameter p = Parameter.range("x", 0, 1);
        assertThrows(IllegalArgumentException.class, () -> p.atUnit(1.0));
        assertThrows(IllegalArgumentException.class, () -> p.atUnit(-0.1));
        assertThrows(IllegalArgumentException.class, () -> p.atUnit(Double.NaN));
    }

    @Test
    void equalParametersCompareEqual() {
        assertEquals(Parameter.grid("x", d("0"), d("0.5"), d("0.1")), Parameter.grid("x", d("0"), d("0.5"), d("0.1")));
        assertEquals(Parameter.range("x", 0, 1), Parameter.range("x", 0.0, 1.0));
        assertFalse(Parameter.range("x", 0, 1).equals(Parameter.range("y", 0, 1)));
    }
}
