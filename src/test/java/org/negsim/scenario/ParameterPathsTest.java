package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.negsim.model.Scenario;

class ParameterPathsTest {

    private JsonObject tree;

    @BeforeEach
    void load() throws Exception {
        tree = ScenarioLoader.readTree(ScenarioLoaderTest.resource("valid/paris-call.json"));
    }

    private JsonObject actor(int i) {
        return tree.getAsJsonArray("actors").get(i).getAsJsonObject();
    }

    @Test
    void setsAnExistingBehaviorField() throws Exception {
        ParameterPaths.set(tree, "behavior.temperature", "0.3");
        assertEquals("0.3", tree.getAsJsonObject("behavior").get("temperature").getAsString());
        assertEquals(0.3, ScenarioLoader.bind(tree).behavior().temperature());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"behavior.temperature, 0.3, behavior", "behavior.signCost, 0.2, behavior",
            "stages[0].rounds, 3, stages", "actors[kind=state].signCost, 0.4, actors", "actors[USA].signCost, 1, actors"})
    void aCopyForSetIsChangedWhereTheTreeIsNot(String path, String value, String top) throws Exception {
        JsonObject original = tree.deepCopy();
        JsonObject copy = ParameterPaths.copyForSet(tree, java.util.List.of(path));
        ParameterPaths.set(copy, path, value);
        assertEquals(original, tree, "the tree is unchanged");
        JsonObject expected = original.deepCopy();
        ParameterPaths.set(expected, path, value);
        assertEquals(expected, copy, "the copy is the tree with the value set");
        assertEquals(new java.util.ArrayList<>(tree.keySet()), new java.util.ArrayList<>(copy.keySet()));
        for (String key : tree.keySet()) {
            assertEquals(!key.equals(top), tree.get(key) == copy.get(key), key + " is shared unless set");
        }
        assertEquals(fields(ScenarioLoader.bind(expected)), fields(ScenarioLoader.bind(copy)));
    }

    @Test
    void aCopyForAMalformedPathCopiesEverything() {
        JsonObject copy = ParameterPaths.copyForSet(tree, java.util.List.of("behavior..x"));
        assertEquals(tree, copy);
        for (String key : tree.keySet()) {
            assertTrue(tree.get(key).isJsonPrimitive() || tree.get(key) != copy.get(key), key);
        }
    }

    private static String fields(Scenario s) {
        return new com.google.gson.GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(s);
    }

    @Test
    void anErrorPathsIndexAndIdFormCanBePastedBack() throws Exception {
        ParameterPaths.set(tree, "actors[2](USA).signCost", "0.7");
        assertEquals(0.7, actor(2).get("signCost").getAsDouble());
        assertEquals("USA", actor(2).get("id").getAsString());
        ScenarioException moved = assertThrows(ScenarioException.class,
                () -> ParameterPaths.set(tree, "actors[1](USA).signCost", "0.7"));
        assertEquals("actors[1](USA): the actor at index 1 has id \"DEU\", not \"USA\"; give actors[USA] to address it"
                + " by its id", moved.getMessage());
        assertThrows(ScenarioException.class, () -> ParameterPaths.set(tree, "actors[9](USA).signCost", "0.7"));
        ScenarioException notIndex = assertThrows(ScenarioException.class,
                () -> ParameterPaths.set(tree, "actors[USA](USA).signCost", "0.7"));
        assertTrue(notIndex.getMessage().contains("(ID) follows an index"), notIndex.getMessage());
        assertThrows(ScenarioException.class, () -> ParameterPaths.set(tree, "actors[2](USA.signCost", "0.7"));
        assertThrows(ScenarioException.class, () -> ParameterPaths.set(tree, "actors[2]().signCost", "0.7"));
    }

    @Test
    void createsAnAbsentBehaviorFieldAndTheBehaviorBlock() throws Exception {
        tree.remove("behavior");
        ParameterPaths.set(tree, "behavior.signCost", "0.25");
        assertEquals(0.25, tree.getAsJsonObject("behavior").get("signCost").getAsDouble());
        Scenario s = ScenarioLoader.bind(tree);
        assertEquals(0.25, s.actors().get(1).signCost(), "the default reaches actors without signCost");
    }

    @Test
    void stageById() throws Exception {
        ParameterPaths.set(tree, "stages[paris-call].rounds", "20");
        assertEquals(20, ScenarioLoader.bind(tree).stages().get(1).rounds());
    }

    @Test
    void stageByIndex() throws Exception {
        ParameterPaths.set(tree, "stages[0].rounds", "7");
        assertEquals(7, ScenarioLoader.bind(tree).stages().get(0).rounds());
    }

    @Test
    void actorByIdCreatesItsAbsentSignCost() throws Exception {
        assertFalse(actor(1).has("signCost"));
        ParameterPaths.set(tree, "actors[DEU].signCost", "-0.1");
        assertEquals(-0.1, ScenarioLoader.bind(tree).actors().get(1).signCost());
    }

    @Test
    void kindSelectorSetsEveryMatch() throws Exception {
        ParameterPaths.set(tree, "actors[kind=state].conformity", "0.7");
        Scenario s = ScenarioLoader.bind(tree);
        for (int i = 0; i < 4; i++) {
            assertEquals(0.7, s.actors().get(i).conformity());
        }
        assertEquals(0.1, s.actors().get(4).conformity(), "the firm keeps the behavior default");
        assertEquals(4, ParameterPaths.check(tree, "actors[kind=state].conformity"));
    }

    @Test
    void groupSelectorReachesNestedIssueValues() throws Exception {
        ParameterPaths.set(tree, "actors[group=EU].position.restraint", "0.4");
        assertEquals(0.4, actor(0).getAsJsonObject("position").get("restraint").getAsDouble());
        assertEquals(0.4, actor(1).getAsJsonObject("position").get("restraint").getAsDouble());
        assertEquals(0.3, actor(2).getAsJsonObject("position").get("restraint").getAsDouble());
    }

    @Test
    void issueAndRuleAndExperimentPaths() throws Exception {
        ParameterPaths.set(tree, "issues[restraint].statusQuo", "0.0");
        ParameterPaths.set(tree, "experiment.seed", "7");
        ParameterPaths.set(tree, "stages[gge].rule.type", "weighted-majority");
        ParameterPaths.set(tree, "stages[gge].rule.weight", "emissions");
        ParameterPaths.set(tree, "stages[gge].rule.quota", "0.5");
        Scenario s = ScenarioLoader.bind(tree);
        assertEquals(0.0, s.issues().get(0).statusQuo());
        assertEquals(7, s.seed());
        assertEquals("weighted-majority", s.stages().get(0).rule().type());
    }

    @Test
    void createsAnActorWeightAndTheWeightsObject() throws Exception {
        ParameterPaths.set(tree, "actors[MSFT].weights.revenue", "211");
        assertEquals(211.0, ScenarioLoader.bind(tree).actors().get(4).weight("revenue"));
    }

    @Test
    void rawValuesBecomeBooleanNumberOrString() {
        assertEquals(new JsonPrimitive(true), ParameterPaths.parseValue("true"));
        assertTrue(ParameterPaths.parseValue("-1.5e3").isNumber());
        assertEquals("-1.5e3", ParameterPaths.parseValue("-1.5e3").getAsString());
        assertTrue(ParameterPaths.parseValue("quadratic").isString());
        assertTrue(ParameterPaths.parseValue("01").isString(), "not a JSON number");
        assertTrue(ParameterPaths.parseValue("True").isString());
    }

    @Test
    void setsAStringValue() throws Exception {
        ParameterPaths.set(tree, "behavior.distance", "quadratic");
        assertEquals("quadratic", tree.getAsJsonObject("behavior").get("distance").getAsString());
    }

    @Test
    void getReturnsCurrentValuesAndNullForAbsent() throws Exception {
        assertEquals(new JsonPrimitive(new NumberLiteral("0.2")), ParameterPaths.get(tree, "actors[USA].signCost").get(0));
        assertNull(ParameterPaths.get(tree, "actors[DEU].signCost").get(0));
        JsonObject before = tree.deepCopy();
        ParameterPaths.check(tree, "experiment.design.samples");
        assertEquals(before, tree, "check does not create anything");
    }

    @Test
    void assignmentSplitsAtTheFirstEqualsOutsideBrackets() throws Exception {
        assertEquals(new Assignment("actors[kind=firm].conformity", "0.2"),
                ParameterPaths.parseAssignment("actors[kind=firm].conformity=0.2"));
        assertEquals(new Assignment("name", "a=b"), ParameterPaths.parseAssignment("name=a=b"));
        assertEquals(new Assignment("name", ""), ParameterPaths.parseAssignment("name="));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "behavior.temperature|behavior.temperature: expected PATH=VALUE, found no '='",
        "=1|=1: missing path before '='",
    })
    void malformedAssignments(String text, String message) {
        assertEquals(message, assertThrows(ScenarioException.class, () -> ParameterPaths.parseAssignment(text)).getMessage());
    }

    @Test
    void onlyScalarsCanBeSet() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ParameterPaths.set(tree, "behavior.temperature", new JsonArray()));
        assertEquals("behavior.temperature: only a string, number or boolean can be set, was []", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "behavior.temprature|behavior.temprature: unknown key \"temprature\" in behavior (did you mean \"temperature\"?); allowed: abstainBand, conformity, distance, flexibility, groupTieWeight, homeTieWeight, selfWeight, signCost, temperature",
        "actors[XYZ].signCost|actors[XYZ]: no actor with id \"XYZ\"; ids: DEU, FRA, MSFT, RUS, USA",
        "actors[9].signCost|actors[9]: no actor at index 9 (5 actors)",
        "actors[USB].signCost|actors[USB]: no actor with id \"USB\" (did you mean \"USA\"?); ids: DEU, FRA, MSFT, RUS, USA",
        "actors[Microsoft].signCost|actors[Microsoft]: no actor with id \"Microsoft\" (\"Microsoft\" is the name of MSFT); ids: DEU, FRA, MSFT, RUS, USA",
        "actors[group=NATOO].signCost|actors[group=NATOO]: no actor in group \"NATOO\" (did you mean \"NATO\"?); groups: EU, NATO",
        "actors[kind=frim].signCost|actors[kind=frim]: no actor of kind \"frim\" (did you mean \"firm\"?); kinds: firm, state",
        "actors[group=G77].signCost|actors[group=G77]: no actor in group \"G77\"; groups: EU, NATO",
        "actors[size=big].signCost|actors[size=big]: unknown selector \"size=\"; use kind=K or group=G",
        "stages[kind=x].rounds|stages[kind=x]: selectors kind= and group= pick actors only",
        "actors.signCost|actors: is a list; address its elements as actors[ID] or actors[INDEX], actors[kind=K] or actors[group=G]",
        "stages.rounds|stages: is a list; address its elements as stages[ID] or stages[INDEX]",
        "tmperature|tmperature: unknown key \"tmperature\" at the top level; allowed: $schema, actors, behavior, description, experiment, issues, measures, name, sources, stages, ties",
        "actors[USA].postion.restraint|actors[USA].postion: unknown key \"postion\" in actors[USA] (did you mean \"position\"?); allowed: availableFrom, capability, conformity, flexibility, groups, home, id, kind, name, position, salience, signCost, temperature, weights",
        "actors[USA].position.restraimt|actors[USA].position.restraimt: unknown issue \"restraimt\" in actors[USA].position (did you mean \"restraint\"?); issues: multistakeholder, restraint",
        "actors[USA].position|actors[USA].position: is an object; only scalars can be set",
        "behavior.temperature.x|behavior.temperature: is a number, not an object",
        "stages[gge].rule.quota|stages[gge].rule.quota: unknown key \"quota\" in stages[gge].rule; allowed: type",
        "stages[gge].success|stages[gge].success: \"success\" is absent here and only a missing scalar or settings object can be created",
        "ties[from].weight|ties[from]: no tie with id \"from\"; address elements by index 0 to 0",
        "behavior..x|behavior..x: malformed path: empty key at character 10",
        "actors[USA.signCost|actors[USA.signCost: malformed path: missing ']'",
        "actors[].signCost|actors[].signCost: malformed path: bad brackets at character 7",
        "behavior.|behavior.: malformed path: ends with '.'",
        "actors[USA]x|actors[USA]x: malformed path: expected '.' at character 12",
    })
    void unknownPathsNameTheDeepestValidPrefixAndListWhatExists(String path, String message) {
        JsonObject before = tree.deepCopy();
        ScenarioException e = assertThrows(ScenarioException.class, () -> ParameterPaths.set(tree, path, "1"));
        assertEquals(message, e.getMessage());
        assertEquals(before, tree, "a failed set changes nothing");
    }

    @Test
    void idWinsOverIndexWhenAnIdIsNumeric() throws Exception {
        ParameterPaths.set(tree, "actors[0].id", "7");
        ParameterPaths.set(tree, "actors[4].signCost", "0.9");
        assertEquals("0.9", actor(4).get("signCost").getAsString(), "no actor has id 4: index 4");
        ParameterPaths.set(tree, "actors[7].signCost", "0.8");
        assertEquals("0.8", actor(0).get("signCost").getAsString(), "actor with id 7");
    }

    @Test
    void sourcesElementByIndex() throws Exception {
        ParameterPaths.set(tree, "sources[0]", "changed");
        assertEquals("changed", tree.getAsJsonArray("sources").get(0).getAsString());
    }

    @Test
    void emptyPathIsMalformed() {
        assertEquals("\"\": malformed path: empty",
                assertThrows(ScenarioException.class, () -> ParameterPaths.check(tree, "")).getMessage());
    }
}
