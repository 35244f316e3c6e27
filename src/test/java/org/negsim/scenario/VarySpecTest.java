package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonPrimitive;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VarySpecTest {

    @Test
    void gridIsExactInDecimal() throws Exception {
        VarySpec.Grid g = (VarySpec.Grid) VarySpec.parse("p", "0:0.5:0.1");
        assertEquals(List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5), g.points());
        assertEquals(6, g.size());
    }

    @Test
    void gridIncludesBothEndsAndStopsBeforeOvershooting() throws Exception {
        assertEquals(List.of(1.0, 1.3, 1.6, 1.9), ((VarySpec.Grid) VarySpec.parse("p", "1:2:0.3")).points());
        assertEquals(List.of(5.0), ((VarySpec.Grid) VarySpec.parse("p", "5:5:1")).points(), "from == to: one point");
        assertEquals(List.of(-1.0, -0.5, 0.0), ((VarySpec.Grid) VarySpec.parse("p", "-1:0:0.5")).points());
    }

    @Test
    void rangeAndValues() throws Exception {
        assertEquals(new VarySpec.Range(0.0, 0.25), VarySpec.parse("p", "0..0.25"));
        VarySpec.Values v = (VarySpec.Values) VarySpec.parse("p", "0.01,quadratic,true");
        assertEquals("0.01", v.values().get(0).getAsString());
        assertEquals(new JsonPrimitive("quadratic"), v.values().get(1));
        assertEquals(new JsonPrimitive(true), v.values().get(2));
        assertEquals(1, ((VarySpec.Values) VarySpec.parse("p", "3")).values().size());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``|p: empty spec; use a,b,c (values), from:to:step (grid) or min..max (range)",
        "0:1|p: a grid must be from:to:step (three numbers), was \"0:1\"",
        "0:1:0|p: a grid needs step > 0, was 0:1:0",
        "0:1:-0.1|p: a grid needs step > 0, was 0:1:-0.1",
        "1:0:0.1|p: a grid needs from <= to, was 1:0:0.1",
        "0:x:1|p: \"x\" in \"0:x:1\" is not a finite number",
        "0:1e400:1|p: \"1e400\" in \"0:1e400:1\" is not a finite number",
        "0:1000000:0.5|p: a grid may have at most 1000000 points, was 2000001 (0:1000000:0.5)",
        "1..1|p: a range min..max needs min < max, was \"1..1\"",
        "a..b|p: \"a\" in \"a..b\" is not a finite number",
        "1,,2|p: empty value in \"1,,2\"",
        "1,1e400|p: value 1e400 is not a finite number",
    })
    void badSpecs(String spec, String message) {
        assertEquals(message, assertThrows(ScenarioException.class, () -> VarySpec.parse("p", spec)).getMessage());
    }

    @Test
    void fromJson() throws Exception {
        String p = "$.experiment.vary[\"x\"]";
        assertEquals(new VarySpec.Grid(0, 0.5, 0.1), VarySpec.of(ScenarioLoader.parseTree("{\"from\":0,\"to\":0.5,\"step\":0.1}"), p));
        assertEquals(new VarySpec.Range(0, 1), VarySpec.of(ScenarioLoader.parseTree("{\"min\":0,\"max\":1}"), p));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{}|$.v: must have \"values\", or \"from\", \"to\", \"step\", or \"min\", \"max\"",
        "{\"values\":[1],\"min\":0}|$.v.min: unknown key \"min\"; allowed: values",
        "{\"values\":[[1]]}|$.v.values[0]: must be a string, number or boolean, was [1]",
        "{\"from\":0,\"to\":1}|$.v: missing required key \"step\"",
        "{\"from\":0,\"to\":1,\"step\":1,\"max\":2}|$.v.max: unknown key \"max\"; allowed: from, step, to",
        "{\"from\":2,\"to\":1,\"step\":1}|$.v: a grid needs from <= to, was from 2, to 1, step 1",
        "{\"min\":1,\"max\":1}|$.v: needs min < max, was min 1, max 1",
        "{\"min\":0}|$.v: missing required key \"max\"",
    })
    void badJsonSpecs(String json, String message) {
        assertEquals(message, assertThrows(ScenarioException.class,
                () -> VarySpec.of(ScenarioLoader.parseTree(json), "$.v")).getMessage());
    }
}
