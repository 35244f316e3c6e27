package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.negsim.model.Scenario;

/**
 * {@link ScenarioLoader#load(Path, List)} streams the actors, and must be indistinguishable from
 * reading the whole tree and binding it: the same scenario, the same first error, the same tree
 * apart from the actors it did not keep.
 */
class StreamedLoadTest {

    /** Every field of a scenario, arrays and the rules' parameters included (NaN would show). */
    private static final Gson FIELDS = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    @TempDir
    Path dir;

    private static String fields(Scenario s) {
        return FIELDS.toJson(s);
    }

    private static Scenario viaTree(Path file, List<Assignment> sets)
            throws IOException, ScenarioException {
        JsonObject tree = ScenarioLoader.readTree(file);
        for (Assignment a : sets) {
            ParameterPaths.set(tree, a.path(), a.rawValue());
        }
        return ScenarioLoader.bind(tree);
    }

    static Stream<Path> validFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> shipped = Files.list(Path.of("scenarios"))) {
            shipped.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        try (Stream<Path> valid = Files.list(ScenarioLoaderTest.resource("valid"))) {
            valid.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void everyValidFileGivesTheScenarioOfItsTree(Path file) throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(file, List.of());
        assertEquals(fields(viaTree(file, List.of())), fields(loaded.scenario()));
        JsonObject whole = ScenarioLoader.readTree(file);
        if (loaded.actorsStreamed()) {
            assertEquals(new JsonArray(), loaded.tree().get("actors"), "the tree keeps no actors");
            whole.add("actors", new JsonArray());
        }
        if (loaded.streamedFrom() != null && loaded.streamedFrom().provides("ties")) {
            assertEquals(new JsonArray(), loaded.tree().get("ties"), "the tree keeps no ties");
            whole.add("ties", new JsonArray());
        }
        assertEquals(whole, loaded.tree());
        assertEquals(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file))), loaded.sha256());
    }

    @Test
    void theShippedScenariosAreStreamed() throws Exception {
        assertTrue(ScenarioLoader.load(Path.of("scenarios/paris-call-2018.json"), List.of()).actorsStreamed());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.negsim.scenario.ScenarioLoaderTest#corpus")
    void everyBrokenFileGivesTheMessageOfItsTree(String file, String message) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(ScenarioLoaderTest.resource("invalid/" + file), List.of()));
        assertEquals(message, e.getMessage());
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("s.json"), json, StandardCharsets.UTF_8);
    }

    private static final String ISSUES = "\"issues\": [{\"id\": \"x\", \"statusQuo\": 0.2}, {\"id\": \"y\", \"statusQuo\": 0}]";
    private static final String STAGES = "\"stages\": [{\"id\": \"vote\", \"rule\": {\"type\": \"majority\"},"
            + " \"text\": {\"x\": 0.8, \"y\": 1}, \"rounds\": 5}]";

    private static String actor(String id, String extra) {
        return "{\"id\": \"" + id + "\", \"kind\": \"state\", \"position\": {\"x\": 0.9, \"y\": 0.5},"
                + " \"salience\": {\"x\": 1, \"y\": 3}" + extra + "}";
    }

    /** Valid, with the actors streamed or not as said; the same scenario as the tree's. */
    private void assertSameScenario(Path file, List<Assignment> sets, boolean streamed)
            throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(file, sets);
        assertEquals(streamed, loaded.actorsStreamed(), "streamed");
        assertEquals(fields(viaTree(file, sets)), fields(loaded.scenario()));
    }

    /** Invalid: the tree's first error, which is {@code expectedPath}'s. */
    private void assertSameError(Path file, String expectedPath) throws Exception {
        ScenarioException tree = assertThrows(ScenarioException.class, () -> viaTree(file, List.of()));
        assertEquals(expectedPath, tree.path(), tree.getMessage());
        ScenarioException streamed = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of()));
        assertEquals(tree.getMessage(), streamed.getMessage());
    }

    @Test
    void aBehaviourAfterTheActorsStillGivesThemItsDefaults() throws Exception {
        Path file = write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + actor("A", "") + ", "
                + actor("B", ", \"signCost\": 0.5, \"temperature\": 0") + "], " + STAGES
                + ", \"behavior\": {\"signCost\": 0.25, \"conformity\": 0.5, \"flexibility\": 0.1, \"temperature\": 0.3}}");
        assertSameScenario(file, List.of(), true);
        Scenario s = ScenarioLoader.load(file, List.of()).scenario();
        assertEquals(0.25, s.actors().get(0).signCost());
        assertEquals(0.5, s.actors().get(1).signCost());
        assertEquals(0.3, s.actors().get(0).temperature());
        assertEquals(0.0, s.actors().get(1).temperature());
        assertEquals(0.1, s.actors().get(1).flexibility());
        assertEquals(0.5, s.actors().get(1).conformity());
    }

    @Test
    void aSetBehaviourReachesTheStreamedActorsDefaults() throws Exception {
        Path file = write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + actor("A", "") + "], " + STAGES + "}");
        List<Assignment> sets = List.of(new Assignment("behavior.signCost", "0.7"));
        assertSameScenario(file, sets, true);
        assertEquals(0.7, ScenarioLoader.load(file, sets).scenario().actors().get(0).signCost());
    }

    @Test
    void aSetOnActorsOrIssuesReadsTheWholeTree() throws Exception {
        Path file = write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + actor("A", "") + "], " + STAGES + "}");
        assertSameScenario(file, List.of(new Assignment("actors[A].signCost", "0.3")), false);
        assertSameScenario(file, List.of(new Assignment("issues[x].statusQuo", "0.3")), false);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file,
                List.of(new Assignment("actors[B].signCost", "0.3"))));
        assertTrue(e.getMessage().contains("no actor with id \"B\""), e.getMessage());
    }

    @Test
    void issuesAfterTheActorsKeepThemInTheTree() throws Exception {
        Path file = write("{\"name\": \"n\", \"actors\": [" + actor("A", "") + "], " + ISSUES + ", " + STAGES + "}");
        assertSameScenario(file, List.of(), false);
    }

    @Test
    void anExperimentVaryingActorsIsCheckedAgainstThem() throws Exception {
        String head = "{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + actor("A", "") + "], " + STAGES;
        assertSameScenario(write(head + ", \"experiment\": {\"vary\": {\"actors[A].signCost\": {\"values\": [0, 1]}}}}"),
                List.of(), false);
        assertSameError(write(head + ", \"experiment\": {\"vary\": {\"actors[Z].signCost\": {\"values\": [0, 1]}}}}"),
                "$.experiment.vary[\"actors[Z].signCost\"]");
        assertSameScenario(write(head + ", \"experiment\": {\"vary\": {\"behavior.signCost\": {\"values\": [0, 1]}}}}"),
                List.of(), true);
    }

    /** With several errors, the first is the one the whole tree reports, wherever the actors are. */
    @Test
    void aBadActorWaitsForTheErrorsCheckedBeforeActors() throws Exception {
        String good = actor("A", "");
        String bad = actor("B", ", \"signCost\": \"high\"");
        assertSameError(write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + good + ", " + bad + "], " + STAGES
                + "}"), "$.actors[1](B).signCost");
        // a stage list missing after the actors: checked before any actor
        assertSameError(write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + good + ", " + bad + "]}"), "$");
        // an unknown top-level key, an empty name and a bad behaviour after the actors
        assertSameError(write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + bad + "], " + STAGES
                + ", \"colour\": 1}"), "$.colour");
        assertSameError(write("{" + ISSUES + ", \"actors\": [" + bad + "], " + STAGES + ", \"name\": \"\"}"),
                "$.name");
        assertSameError(write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + bad + "], " + STAGES
                + ", \"behavior\": {\"temperature\": -1}}"), "$.behavior.temperature");
        // a syntax error after the actors
        assertSameError(write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + bad + "], " + STAGES + ", }"),
                "$.stages");
        // bad issues before the actors: the issue's error, not one from actors bound against them
        assertSameError(write("{\"name\": \"n\", \"issues\": [{\"id\": \"x\"}], \"actors\": [" + bad + "], "
                + STAGES + "}"), "$.issues[0](x)");
        // errors checked after the actors come after a bad actor: a tie to nobody
        assertSameError(write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + bad + "], " + STAGES
                + ", \"ties\": [{\"from\": \"A\", \"to\": \"Q\"}]}"), "$.actors[0](B).signCost");
        assertSameError(write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + good + "], " + STAGES
                + ", \"ties\": [{\"from\": \"A\", \"to\": \"Q\"}]}"), "$.ties[0].to");
        // checks across actors: a duplicate id, an unknown home (checked after every actor is bound)
        assertSameError(write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + good + ", " + good + "], "
                + STAGES + "}"), "$.actors[1](A).id");
        assertSameError(write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + actor("A", ", \"home\": \"Z\"")
                + ", " + bad + "], " + STAGES + "}"), "$.actors[1](B).signCost");
        assertSameError(write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + actor("A", ", \"home\": \"Z\"")
                + "], " + STAGES + "}"), "$.actors[0](A).home");
        // an actor that is not an object, and an empty list
        assertSameError(write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + good + ", 3], " + STAGES + "}"),
                "$.actors[1]");
        assertSameError(write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [], " + STAGES + "}"), "$.actors");
    }

    @Test
    void aSyntaxErrorInsideAStreamedActorNamesItsPath() throws Exception {
        assertSameError(write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + actor("A", "") + ", "
                + "{\"id\": \"B\", \"position\": {\"x\": 0.5,, }}], " + STAGES + "}"), "$.actors[1].position.x");
    }

    /** Three actors and the given ties, after them in the file, then the stages. */
    private Path withTies(String ties) throws IOException {
        return write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + actor("A", "") + ", " + actor("B", "")
                + ", " + actor("C", ", \"name\": \"Cee\"") + "], \"ties\": [" + ties + "], " + STAGES + "}");
    }

    @Test
    void tiesAfterTheActorsAreBoundAsTheyAreReadNotKeptInTheTree() throws Exception {
        Path file = withTies("{\"from\": \"A\", \"to\": \"B\", \"weight\": 0.5},"
                + " {\"weight\": 2, \"to\": \"A\", \"from\": \"C\"}, {\"to\": \"C\", \"from\": \"B\", \"weight\": 1e-3}");
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(file, List.of());
        assertSameScenario(file, List.of(), true);
        assertEquals(new JsonArray(), loaded.tree().get("ties"));
        assertTrue(loaded.streamedFrom().provides("ties"), "the manifest copies the ties from the file");
        assertEquals(List.of(new org.negsim.model.Tie("A", "B", 0.5), new org.negsim.model.Tie("C", "A", 2),
                new org.negsim.model.Tie("B", "C", 1e-3)), loaded.scenario().ties());
    }

    @Test
    void tiesBeforeTheActorsStayInTheTree() throws Exception {
        Path file = write("{\"name\": \"n\", " + ISSUES + ", \"ties\": [{\"from\": \"A\", \"to\": \"B\", \"weight\": 1}],"
                + " \"actors\": [" + actor("A", "") + ", " + actor("B", "") + "], " + STAGES + "}");
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(file, List.of());
        assertSameScenario(file, List.of(), true);
        assertEquals(1, loaded.tree().getAsJsonArray("ties").size());
        assertFalse(loaded.streamedFrom().provides("ties"));
    }

    static Stream<Arguments> brokenTies() {
        return Stream.of(
                Arguments.of("{\"from\": \"A\", \"to\": \"Z\", \"weight\": 1}", "$.ties[1].to"),
                Arguments.of("{\"from\": \"Cee\", \"to\": \"A\", \"weight\": 1}", "$.ties[1].from"),
                Arguments.of("{\"from\": \"A\", \"to\": \"A\", \"weight\": 1}", "$.ties[1].to"),
                Arguments.of("{\"from\": \"A\", \"to\": \"B\", \"weight\": 0}", "$.ties[1].weight"),
                Arguments.of("{\"from\": \"A\", \"to\": \"B\", \"weight\": -0.0}", "$.ties[1].weight"),
                Arguments.of("{\"from\": \"A\", \"to\": \"B\", \"weight\": 1e400}", "$.ties[1].weight"),
                Arguments.of("{\"from\": \"A\", \"to\": \"B\", \"weight\": \"1\"}", "$.ties[1].weight"),
                Arguments.of("{\"from\": \"A\", \"to\": \"B\"}", "$.ties[1]"),
                Arguments.of("{\"from\": \"A\", \"to\": \"B\", \"wieght\": 1}", "$.ties[1].wieght"),
                Arguments.of("{\"from\": \"A\", \"to\": \"B\", \"weight\": 1, \"note\": \"x\"}", "$.ties[1].note"),
                Arguments.of("{\"from\": 7, \"to\": \"B\", \"weight\": 1}", "$.ties[1].from"),
                Arguments.of("{\"from\": [\"A\"], \"to\": \"B\", \"weight\": 1}", "$.ties[1].from"),
                Arguments.of("[\"A\", \"B\", 1]", "$.ties[1]"),
                Arguments.of("null", "$.ties[1]"),
                Arguments.of("{\"from\": \"A\", \"from\": \"B\", \"weight\": 1}", "$.ties[1].from"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTies")
    void aBrokenStreamedTieGivesTheErrorOfTheTree(String tie, String path) throws Exception {
        assertSameError(withTies("{\"from\": \"A\", \"to\": \"B\", \"weight\": 1}, " + tie), path);
    }

    @Test
    void aTieToABrokenActorIsAConsequenceNotASecondError() throws Exception {
        Path file = write("{\"name\": \"n\", " + ISSUES + ", \"actors\": [" + actor("A", "") + ", "
                + actor("B", ", \"capability\": -1") + "], \"ties\": [{\"from\": \"A\", \"to\": \"B\", \"weight\": 1}], "
                + STAGES + "}");
        assertSameError(file, "$.actors[1](B).capability");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of()));
        assertFalse(e.getMessage().contains("ties"), e.getMessage());
    }

    @Test
    void variantsOfAStreamedLoadBindAsTheirTreesDoAgainAndAgain() throws Exception {
        Path file = withTies("{\"from\": \"A\", \"to\": \"B\", \"weight\": 0.5}");
        ScenarioLoader.Loaded loaded = ScenarioLoader.loadForVariants(file);
        assertTrue(loaded.actorsStreamed());
        for (String cost : List.of("0.7", "-0.2", "0.7")) {
            JsonObject variant = loaded.tree().deepCopy();
            ParameterPaths.set(variant, "behavior.signCost", new com.google.gson.JsonPrimitive(Double.parseDouble(cost)));
            assertEquals(fields(viaTree(file, List.of(new Assignment("behavior.signCost", cost)))),
                    fields(loaded.variants().bind(variant)), cost);
        }
        JsonObject bad = loaded.tree().deepCopy();
        ParameterPaths.set(bad, "behavior.flexibility", new com.google.gson.JsonPrimitive(2));
        ScenarioException e = assertThrows(ScenarioException.class, () -> loaded.variants().bind(bad));
        assertEquals("$.behavior.flexibility", e.path());
    }

    @Test
    void aLoadForOneRunCannotBeBoundTwice() throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(withTies(""), List.of());
        assertThrows(IllegalStateException.class, () -> loaded.variants().bind(loaded.tree()));
    }

    static Stream<String> tiesWithSyntaxErrors() {
        return Stream.of("{\"from\": \"A\", \"to\": \"B\", \"weight\": 1,}",
                "{\"from\": \"A\" \"to\": \"B\", \"weight\": 1}",
                "{\"from\": \"A\", \"to\": \"B\", \"weight\": NaN}",
                "{\"from\": \"A\", \"to\": \"B\", \"weight\": 01}",
                "{\"from\": \"A\", \"to\": \"B\", \"weight\": {\"x\": 1}}",
                "{\"from\": \"A\", \"to\": \"B\", \"weight\": true}",
                "{\"from\": \"A\", \"from\": \"B\" \"to\": 1}",
                "{\"from\": \"A\", \"to\": \"B\", \"weight\": 1, \"from\": \"C\"}",
                "{\"from\": \"A\", \"to\": \"B\", \"weight\": 1, \"x\": [1, {\"y\": ]}",
                "{\"from\": \"A\", \"to\": \"B\", \"weight\": 1 \"to\": \"C\"}",
                "{\"from\": \"A\", \"to\": \"B\", weight: 1}",
                "{\"from\": \"A\", \"to\": \"B\", \"weight\": \"1}",
                "{\"from\": \"A\", \"to\": \"B\\q\", \"weight\": 1}",
                "{\"from\": \"A\", \"to\": \"B\", \"weight\": 1",
                "{}", "{\"from\": null, \"to\": \"B\", \"weight\": 1}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tiesWithSyntaxErrors")
    void aStreamedTieThatIsNotFlatGivesTheErrorOfTheTree(String tie) throws Exception {
        Path file = withTies("{\"from\": \"A\", \"to\": \"B\", \"weight\": 1}, " + tie);
        ScenarioException tree = assertThrows(ScenarioException.class, () -> viaTree(file, List.of()));
        ScenarioException streamed = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of()));
        assertEquals(tree.getMessage(), streamed.getMessage());
    }

    /**
     * Random damage to the ties (a character deleted, inserted or doubled): the streamed read either
     * gives the tree's scenario or the tree's first error, message for message.
     */
    @Test
    void damagedTiesReadStreamedAsTheyReadAsATree() throws Exception {
        String ties = "{\"from\": \"A\", \"to\": \"B\", \"weight\": 0.5}, {\"weight\": 2, \"to\": \"A\", \"from\": \"C\"},"
                + " {\"to\": \"C\", \"from\": \"B\", \"weight\": 1e-3}";
        String insert = "{}[],:\"1a -.e\\n";
        ec.util.MersenneTwisterFast random = new ec.util.MersenneTwisterFast(20261202L);
        int failures = 0;
        for (int trial = 0; trial < 600; trial++) {
            StringBuilder t = new StringBuilder(ties);
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                int at = random.nextInt(t.length());
                switch (random.nextInt(3)) {
                    case 0 -> t.deleteCharAt(at);
                    case 1 -> t.insert(at, insert.charAt(random.nextInt(insert.length())));
                    default -> t.insert(at, t.charAt(at));
                }
            }
            Path file = withTies(t.toString());
            String expected;
            try {
                expected = fields(viaTree(file, List.of()));
            } catch (ScenarioException e) {
                expected = "error " + e.getMessage();
                failures++;
            }
            String actual;
            try {
                actual = fields(ScenarioLoader.load(file, List.of()).scenario());
            } catch (ScenarioException e) {
                actual = "error " + e.getMessage();
            }
            assertEquals(expected, actual, t.toString());
        }
        assertTrue(failures > 300 && failures < 600, "the damage makes errors and valid files: " + failures);
    }
}
