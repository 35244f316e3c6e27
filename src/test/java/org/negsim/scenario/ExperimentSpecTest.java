package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentSpecTest {

    private static JsonObject tree() throws Exception {
        return ScenarioLoader.readTree(ScenarioLoaderTest.resource("valid/paris-call.json"));
    }

    @Test
    void defaultsWhenTheBlockIsAbsent() throws Exception {
        JsonObject t = tree();
        t.remove("experiment");
        assertEquals(new ExperimentSpec(0, 1, "grid", 0, new LinkedHashMap<>()), ExperimentSpec.of(t));
    }

    @Test
    void readsSeedReplicationsAndVaryInFileOrder() throws Exception {
        ExperimentSpec e = ExperimentSpec.of(tree());
        assertEquals(2018, e.seed());
        assertEquals(5, e.replications());
        assertEquals("grid", e.designType());
        assertEquals(List.of("behavior.temperature", "actors[USA].signCost"), List.copyOf(e.vary().keySet()));
        assertEquals(new VarySpec.Grid(0.0, 0.5, 0.1), e.vary().get("actors[USA].signCost"));
    }

    @Test
    void sampledDesignWithSamples() throws Exception {
        JsonObject t = tree();
        t.add("experiment", ScenarioLoader.parseTree("{\"seed\": 3, \"design\": {\"type\": \"sobol\", \"samples\": 64},"
                + "\"vary\": {\"behavior.temperature\": {\"min\": 0, \"max\": 0.2}, \"behavior.distance\": {\"values\": [\"linear\", \"quadratic\"]}}}"));
        ExperimentSpec e = ExperimentSpec.of(t);
        assertEquals(3, e.seed());
        assertEquals(64, e.samples());
        assertEquals(new VarySpec.Range(0, 0.2), e.vary().get("behavior.temperature"));
    }

    @Test
    void samplesAreForbiddenOnAGrid() throws Exception {
        JsonObject t = tree();
        t.add("experiment", ScenarioLoader.parseTree("{\"design\": {\"type\": \"grid\", \"samples\": 4}}"));
        assertEquals("$.experiment.design.samples: not allowed with \"type\": \"grid\"",
                assertThrows(ScenarioException.class, () -> ExperimentSpec.of(t)).getMessage());
    }

    @Test
    void gridSpecOnASampledDesign() throws Exception {
        JsonObject t = tree();
        t.add("experiment", ScenarioLoader.parseTree("{\"design\": {\"type\": \"lhs\", \"samples\": 4},"
                + "\"vary\": {\"behavior.temperature\": {\"from\": 0, \"to\": 1, \"step\": 0.5}}}"));
        assertEquals("$.experiment.vary[\"behavior.temperature\"]: a \"lhs\" design needs min/max or values, not from/to/step",
                assertThrows(ScenarioException.class, () -> ExperimentSpec.of(t)).getMessage());
    }

    @Test
    void checkedValidatesCommandLineOverrides() throws Exception {
        JsonObject t = tree();
        LinkedHashMap<String, VarySpec> vary = new LinkedHashMap<>();
        vary.put("actors[kind=firm].conformity", VarySpec.parse("actors[kind=firm].conformity", "0..1"));
        new ExperimentSpec(1, 2, "random", 10, vary).checked(t);
        assertEquals("actors[kind=firm].conformity: a \"grid\" design needs values or from/to/step, not min/max",
                assertThrows(ScenarioException.class, () -> new ExperimentSpec(1, 2, "grid", 0, vary).checked(t)).getMessage());
        assertEquals("--samples: must be >= 1 for a \"lhs\" design, was 0",
                assertThrows(ScenarioException.class, () -> new ExperimentSpec(1, 2, "lhs", 0, vary).checked(t)).getMessage());
        LinkedHashMap<String, VarySpec> bad = new LinkedHashMap<>();
        bad.put("actors[XYZ].signCost", new VarySpec.Range(0, 1));
        assertEquals("actors[XYZ]: no actor with id \"XYZ\"; ids: DEU, FRA, MSFT, RUS, USA",
                assertThrows(ScenarioException.class, () -> new ExperimentSpec(1, 2, "lhs", 5, bad).checked(t)).getMessage());
    }
}
