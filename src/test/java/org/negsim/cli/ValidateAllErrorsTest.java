package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} lists every independent error of a scenario in one pass, in file order, each
 * on its own line with the id of the element and a suggestion, up to 50 and then "and N more";
 * a syntax error still stops at once.
 */
class ValidateAllErrorsTest {

    @TempDir
    Path dir;

    private static JsonObject paris() throws Exception {
        return JsonParser.parseString(Files.readString(Path.of("src/test/resources/valid/paris-call.json")))
                .getAsJsonObject();
    }

    private static JsonObject element(JsonObject tree, String list, String id) {
        for (var e : tree.getAsJsonArray(list)) {
            if (e.getAsJsonObject().get("id").getAsString().equals(id)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError(id);
    }

    private List<String> validate(String text) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, text);
        Cli.Result r = Cli.execute("validate", file.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("", r.out());
        return r.err().lines().toList();
    }

    /** The newcomer's five mistakes, each reported with the element's id and a suggestion, in file order. */
    @Test
    void theNewcomersFiveMistakesInOneValidate() throws Exception {
        JsonObject tree = paris();
        element(tree, "actors", "DEU").addProperty("flexibilty", 0.2);
        element(tree, "actors", "USA").getAsJsonObject("position").addProperty("restraint", 20);
        JsonObject gge = element(tree, "stages", "gge");
        gge.getAsJsonObject("members").getAsJsonArray("kinds").set(0, new JsonPrimitive("stat"));
        JsonObject paris = element(tree, "stages", "paris-call");
        paris.getAsJsonArray("founders").add("Microsoft");
        JsonObject select = new JsonObject();
        JsonArray groups = new JsonArray();
        groups.add("NATOO");
        select.add("groups", groups);
        paris.getAsJsonArray("success").get(0).getAsJsonObject().add("select", select);
        assertEquals(List.of(
                "error: $.actors[1](DEU).flexibilty: unknown key \"flexibilty\" (did you mean \"flexibility\"?); allowed: "
                        + "availableFrom, capability, conformity, flexibility, groups, home, id, kind, name, position, "
                        + "salience, signCost, temperature, weights",
                "error: $.actors[2](USA).position.restraint: must be in [0, 1], was 20",
                "error: $.stages[0](gge).members.kinds[0]: unknown kind \"stat\" (did you mean \"state\"?); kinds: firm, state",
                "error: $.stages[1](paris-call).founders[1]: unknown actor \"Microsoft\" (\"Microsoft\" is the name of MSFT);"
                        + " ids: DEU, FRA, MSFT, RUS, USA",
                "error: $.stages[1](paris-call).success[0].select.groups[0]: unknown group \"NATOO\" (did you mean"
                        + " \"NATO\"?); groups: EU, NATO"),
                validate(tree.toString()));
    }

    @Test
    void fiftyErrorsThenACount() throws Exception {
        JsonObject tree = paris();
        JsonArray actors = tree.getAsJsonArray("actors");
        for (int i = 0; i < 60; i++) {
            JsonObject a = actors.get(0).getAsJsonObject().deepCopy();
            a.addProperty("id", "X" + i);
            a.addProperty("flexibility", 2);
            actors.add(a);
        }
        List<String> lines = validate(tree.toString());
        assertEquals(51, lines.size());
        assertEquals("error: $.actors[5](X0).flexibility: must be in [0, 1], was 2", lines.get(0));
        assertEquals("error: $.actors[54](X49).flexibility: must be in [0, 1], was 2", lines.get(49));
        assertEquals("error: and 10 more", lines.get(50));
    }

    @Test
    void errorsComeInFileOrderWhateverTheOrderOfChecking() throws Exception {
        JsonObject tree = paris();
        JsonObject reordered = new JsonObject();
        for (String k : List.of("name", "issues", "stages", "ties", "actors")) {
            reordered.add(k, tree.get(k));
        }
        element(reordered, "stages", "gge").addProperty("rounds", 0);
        element(reordered, "actors", "RUS").addProperty("capability", -1);
        reordered.getAsJsonArray("ties").get(0).getAsJsonObject().addProperty("weight", 0);
        List<String> lines = new ArrayList<>(validate(reordered.toString()));
        assertEquals(List.of("error: $.stages[0](gge).rounds: must be in [1, 1000000], was 0",
                "error: $.ties[0].weight: must be > 0, was 0",
                "error: $.actors[3](RUS).capability: must be >= 0, was -1"), lines);
    }

    @Test
    void aMeasureOfABrokenStageIsNotASecondError() throws Exception {
        JsonObject tree = paris();
        element(tree, "stages", "gge").addProperty("rounds", 0);
        tree.add("measures", JsonParser.parseString("[{\"id\": \"m\", \"stage\": \"gge\", \"what\": \"joined\"}]"));
        assertEquals(List.of("error: $.stages[0](gge).rounds: must be in [1, 1000000], was 0"), validate(tree.toString()));
        tree.add("measures", JsonParser.parseString("[{\"id\": \"m\", \"stage\": \"gee\", \"what\": \"joined\"}]"));
        List<String> lines = validate(tree.toString());
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("error: $.measures[0].stage: unknown stage \"gee\""), lines.get(1));
    }

    @Test
    void aSyntaxErrorStillStopsAtOnce() throws Exception {
        JsonObject tree = paris();
        element(tree, "actors", "USA").getAsJsonObject("position").addProperty("restraint", 20);
        String text = tree.toString();
        List<String> lines = validate(text.substring(0, text.length() - 1) + ",}");
        assertEquals(1, lines.size(), lines.toString());
    }
}
