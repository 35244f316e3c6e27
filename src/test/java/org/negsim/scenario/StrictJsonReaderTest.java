package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonReaderTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``|$: empty file (no JSON value)",
        "{\"a\":1}{|$: invalid JSON at line 1, column 9: unexpected data after the end of the JSON value",
        "{\"a\":-Infinity}|$.a: invalid JSON at line 1, column 6: NaN and Infinity are not allowed in JSON, found -Infinity",
        "{\"a\":tru}|$.a: invalid JSON at line 1, column 6: unexpected word tru (strings and keys need double quotes)",
        "{\"a\":[1,,2]}|$.a[1]: invalid JSON at line 1, column 9: unexpected character ','",
        "{\"a\":[1,2}|$.a[2]: invalid JSON at line 1, column 11: expected ',' or ']'",
        "{\"a\":\"\\x\"}|$.a: invalid JSON at line 1, column 9: invalid escape sequence in a string",
        "{\"a\":{\"b\":1,\"b\":2}}|$.a.b: invalid JSON at line 1, column 16: duplicate key \"b\"",
        "{\"a\":1.}|$.a: invalid JSON at line 1, column 6: malformed number 1.",
        "\"text\"|$: must be an object, was \"text\"",
        "{\"x.y\":{\"z\":[1,{\"a\" 1}]}}|$[\"x.y\"].z[1].a: invalid JSON at line 1, column 22: expected ':' after the key",
    })
    void syntaxErrors(String json, String message) {
        assertEquals(message, assertThrows(ScenarioException.class, () -> ScenarioLoader.parseTree(json)).getMessage());
    }

    @Test
    void sixtyFourLevelsAreAcceptedSixtyFiveAreNot() throws Exception {
        String ok = "{\"a\":" + "[".repeat(63) + "]".repeat(63) + "}";
        JsonObject t = ScenarioLoader.parseTree(ok);
        assertEquals(1, t.size());
        String deep = "{\"a\":" + "[".repeat(64) + "]".repeat(64) + "}";
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parseTree(deep));
        assertEquals("invalid JSON at line 1, column 70: nesting deeper than 64 levels", e.detail());
    }

    @Test
    void hundredThousandNestedArraysDoNotOverflowTheStack() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThrows(ScenarioException.class, () -> ScenarioLoader.parseTree(deep));
    }

    @Test
    void keepsKeyOrderAndAllValueKinds() throws Exception {
        JsonObject t = ScenarioLoader.parseTree("{\"z\":null,\"a\":[true,\"s\",-0.0]}");
        assertEquals("{\"z\":null,\"a\":[true,\"s\",-0.0]}", t.toString());
    }
}
