package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.model.Measure;
import org.negsim.model.Scenario;

class MeasuresBinderTest {

    private static JsonObject tree() throws IOException, ScenarioException {
        try (InputStream in = MeasuresBinderTest.class.getResourceAsStream("/measures/three.json")) {
            return ScenarioLoader.parseTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String error(String measureJson) throws Exception {
        JsonObject t = tree();
        JsonArray list = new JsonArray();
        list.add(ScenarioLoader.parseTree("{\"m\":" + measureJson + "}").get("m"));
        t.add("measures", list);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.bind(t)).getMessage();
    }

    @Test
    void bindsEveryWhatInFileOrder() throws Exception {
        Scenario s = ScenarioLoader.bind(tree());
        assertEquals(List.of("a", "b", "frac", "gdp", "a-round", "f-round", "b-round", "yes", "no", "abst", "skipped"),
                s.measures().stream().map(Measure::id).toList());
        assertEquals(Measure.What.SHARE, s.measures().get(3).what());
        assertEquals("gdp", s.measures().get(3).weight());
        assertEquals(org.negsim.model.Selector.ALL, s.measures().get(2).of(), "of defaults to all");
    }

    @Test
    void unknownStageNamesTheStages() throws Exception {
        assertEquals("$.measures[0].stage: unknown stage \"x\"; stages: call, never, vote",
                error("{\"id\":\"m\",\"stage\":\"x\",\"what\":\"joined\"}"));
    }

    @Test
    void decisionRoundOfMoreThanOneActor() throws Exception {
        assertEquals("$.measures[0].of: decision-round needs exactly one actor, selects 2",
                error("{\"id\":\"m\",\"stage\":\"call\",\"of\":{\"groups\":[\"G\"]},\"what\":\"decision-round\"}"));
    }

    @Test
    void votesOnAnOpenDeclaration() throws Exception {
        for (String what : List.of("yes", "no", "abstain")) {
            assertEquals("$.measures[0].what: \"" + what + "\" needs a vote stage; stage \"call\" is an open "
                    + "declaration (use joined, joined-fraction or share)",
                    error("{\"id\":\"m\",\"stage\":\"call\",\"what\":\"" + what + "\"}"));
        }
    }

    @Test
    void shareWithoutAKnownWeight() throws Exception {
        assertEquals("$.measures[0]: missing required key \"weight\" (needed by share)",
                error("{\"id\":\"m\",\"stage\":\"call\",\"what\":\"share\"}"));
        assertEquals("$.measures[0].weight: unknown weight \"pop\"; weights: gdp",
                error("{\"id\":\"m\",\"stage\":\"call\",\"what\":\"share\",\"weight\":\"pop\"}"));
        assertEquals("$.measures[0].weight: only allowed with \"what\": \"share\"",
                error("{\"id\":\"m\",\"stage\":\"call\",\"what\":\"joined\",\"weight\":\"gdp\"}"));
    }

    @Test
    void unknownWhatAndKeys() throws Exception {
        assertEquals("$.measures[0].what: must be one of \"joined\", \"joined-fraction\", \"share\", \"yes\", \"no\","
                        + " \"abstain\", \"decision-round\", \"pivotal\", was \"count\"",
                error("{\"id\":\"m\",\"stage\":\"call\",\"what\":\"count\"}"));
        assertEquals("$.measures[0].of[0]: unknown actor \"Z\"; ids: A, B, F",
                error("{\"id\":\"m\",\"stage\":\"call\",\"of\":[\"Z\"],\"what\":\"joined\"}"));
    }

    @Test
    void duplicateIdNamesTheFirst() throws Exception {
        JsonObject t = tree();
        t.getAsJsonArray("measures").add(t.getAsJsonArray("measures").get(0).deepCopy());
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.bind(t));
        assertEquals("$.measures[11].id: duplicate id \"a\" (first at $.measures[0])", e.getMessage());
    }

    @Test
    void commandLineMeasuresBecomeObjectsAndTheirErrorsNameTheOption() throws Exception {
        assertEquals("{\"id\":\"usa\",\"stage\":\"paris-call\",\"what\":\"joined\",\"of\":[\"USA\"]}",
                MeasureOption.parse("usa=joined:paris-call:USA").json().toString());
        assertEquals("{\"id\":\"e\",\"stage\":\"s\",\"what\":\"share\",\"weight\":\"gdp\",\"of\":{\"kinds\":[\"state\"]}}",
                MeasureOption.parse("e=share/gdp:s:kind=state").json().toString());
        assertEquals("{\"id\":\"g\",\"stage\":\"s\",\"what\":\"yes\",\"of\":{\"groups\":[\"G77\",\"EU\"]}}",
                MeasureOption.parse("g=yes:s:group=G77,EU").json().toString());
        assertEquals("{\"id\":\"x\",\"stage\":\"s\",\"what\":\"joined\",\"of\":[\"A\",\"B\"]}",
                MeasureOption.parse("x=joined:s:A,B").json().toString());
        assertEquals("\"all\"", MeasureOption.parse("x=joined:s:all").json().get("of").toString());
        assertThrows(ScenarioException.class, () -> MeasureOption.parse("x=joined:s"));
        assertThrows(ScenarioException.class, () -> MeasureOption.parse("joined:s:A"));

        JsonObject t = tree();
        List<MeasureOption> options = List.of(MeasureOption.parse("z=decision-round:call:all"));
        int inFile = MeasureOption.append(t, options);
        assertEquals(11, inFile);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.bind(t));
        assertEquals("--measure z=decision-round:call:all (of): decision-round needs exactly one actor, selects 3",
                MeasureOption.renamed(e, inFile, options).getMessage());
    }
}
