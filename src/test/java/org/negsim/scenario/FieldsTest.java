package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private static JsonElement j(String json) throws ScenarioException {
        return ScenarioLoader.parseTree("{\"v\":" + json + "}").get("v");
    }

    private static String message(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(ScenarioException.class, e).getMessage();
    }

    @Test
    void numbersAndRanges() throws Exception {
        assertEquals("$.x: must be a number, was \"abc\"", message(() -> Fields.number(j("\"abc\""), "$.x")));
        assertEquals("$.x: must be a finite number, was 1e400", message(() -> Fields.number(j("1e400"), "$.x")));
        assertEquals("$.x: must be >= 0, was -0.2", message(() -> Fields.nonNegative(j("-0.2"), "$.x")));
        assertEquals("$.x: must be > 0, was 0.0", message(() -> Fields.positive(j("0.0"), "$.x")));
        assertEquals("$.x: must be in [0, 1], was 1.5", message(() -> Fields.unit(j("1.5"), "$.x")));
        assertEquals("$.x: must be in (0, 1], was 0", message(() -> Fields.openUnit(j("0"), "$.x")));
        assertEquals(0.0, Fields.unit(j("0"), "$.x"), "edge: 0 is in [0, 1]");
        assertEquals(1.0, Fields.unit(j("1"), "$.x"), "edge: 1 is in [0, 1]");
        assertEquals(-0.0, Fields.nonNegative(j("-0.0"), "$.x"), "edge: -0 is >= 0");
    }

    @Test
    void integers() throws Exception {
        assertEquals("$.x: must be an integer, was 2.5", message(() -> Fields.integer(j("2.5"), "$.x", 0, 10)));
        assertEquals(3, Fields.integer(j("3.0"), "$.x", 0, 10), "3.0 is integral");
        assertEquals(1000, Fields.integer(j("1e3"), "$.x", 0, 10_000));
        assertEquals("$.x: must be in [1, 10], was 11", message(() -> Fields.integer(j("11"), "$.x", 1, 10)));
        assertEquals("$.x: must be an integer, was 1e-99999999999", message(() -> Fields.integer(j("1e-99999999999"), "$.x", 0, 10)));
        assertEquals("$.x: must be >= 1, was 0", message(() -> Fields.intAtLeast(j("0"), "$.x", 1)));
        assertEquals("$.x: must be in [0, 2147483647], was 3000000000", message(() -> Fields.intAtLeast(j("3000000000"), "$.x", 0)));
    }

    @Test
    void typesAndWords() throws Exception {
        assertEquals("$.x: must be a string, was null", message(() -> Fields.string(j("null"), "$.x")));
        assertEquals("$.x: must be true or false, was \"true\"", message(() -> Fields.bool(j("\"true\""), "$.x")));
        assertEquals("$.x: must be one of \"a\", \"b\", was \"c\"", message(() -> Fields.oneOf(j("\"c\""), "$.x", List.of("a", "b"))));
        assertEquals("$.x: must be an object, was [1,2]", message(() -> Fields.object(j("[1,2]"), "$.x")));
        assertEquals("$.x: must be an array, was {\"a\":1}", message(() -> Fields.array(j("{\"a\":1}"), "$.x")));
        assertEquals("$.x: must not be empty", message(() -> Fields.nonEmptyArray(j("[]"), "$.x")));
    }

    @Test
    void keysAndReferences() throws Exception {
        assertEquals("$.postion: unknown key \"postion\" (did you mean \"position\"?); allowed: id, position",
                message(() -> Fields.onlyKeys(JsonParser.parseString("{\"postion\":1}").getAsJsonObject(), "$",
                        new java.util.TreeSet<>(List.of("position", "id")))));
        assertEquals("$: missing required key \"kind\"",
                message(() -> Fields.required(JsonParser.parseString("{}").getAsJsonObject(), "$", "kind")));
        assertEquals("$.x: unknown group \"G\"; no actor has groups",
                message(() -> Fields.reference(j("\"G\""), "$.x", Map.of(), "group", "groups")));
    }
}
