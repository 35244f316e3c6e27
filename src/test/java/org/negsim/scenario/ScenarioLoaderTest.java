package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.negsim.model.Actor;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.model.TextSpec;
import org.negsim.model.When;
import org.negsim.rules.Consensus;
import org.negsim.rules.OpenDeclaration;

class ScenarioLoaderTest {

    static Path resource(String name) {
        try {
            return Path.of(ScenarioLoaderTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(resource("invalid/expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            cases.add(Arguments.of(line.substring(0, tab), line.substring(tab + 1)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyBrokenScenarioGivesItsExactMessage(String file, String message) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.bind(ScenarioLoader.readTree(resource("invalid/" + file))));
        assertEquals(message, e.getMessage());
        assertEquals(e.path() + ": " + e.detail(), e.getMessage());
    }

    @Test
    void corpusIndexListsEveryFileAndHasAtLeast45() throws IOException {
        long indexed = corpus().count();
        long files;
        try (Stream<Path> s = Files.list(resource("invalid"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).count();
        }
        assertEquals(files, indexed);
        assertTrue(indexed >= 45);
    }

    @Test
    void parisCallBindsWithDefaultsResolved() throws Exception {
        Scenario s = ScenarioLoader.load(resource("valid/paris-call.json"));
        assertEquals("paris-call-small", s.name());
        assertEquals(2018, s.seed());
        assertEquals(5, s.actors().size());
        Actor deu = s.actors().get(1);
        assertEquals("Germany", deu.name());
        assertArrayEquals(new double[] {0.75, 0.25}, deu.salience(), 1e-15);
        assertEquals(1.0, deu.capability());
        assertEquals(0.1, deu.conformity(), "conformity defaults from behavior");
        assertEquals(0.05, deu.temperature(), "temperature defaults from behavior");
        assertEquals(0.0, deu.signCost());
        assertEquals(1, deu.availableFrom());
        Actor msft = s.actors().get(4);
        assertEquals("USA", msft.home());
        assertEquals(0.1, msft.temperature());
        assertEquals(0.0, msft.weight("population"));
        Stage gge = s.stages().get(0);
        assertEquals(new Consensus(), gge.rule());
        assertEquals(TextSpec.Mode.COMPROMISE, gge.text().mode());
        assertEquals(0.2, gge.concession());
        Stage call = s.stages().get(1);
        assertEquals(new OpenDeclaration(), call.rule());
        assertEquals(When.PREVIOUS_FAILED, call.when());
        assertEquals(List.of("FRA"), call.founders());
        assertEquals(2, call.success().size());
        assertEquals(1, call.entryIntoForceDelay());
        assertEquals(List.of("emissions", "population"), List.copyOf(s.weightNames()));
        assertEquals(List.of("firm", "state"), List.copyOf(s.kinds()));
    }

    @Test
    void minimalBinds() throws Exception {
        Scenario s = ScenarioLoader.load(resource("valid/minimal.json"));
        assertEquals("", s.description());
        assertEquals(List.of(), s.ties());
        assertEquals(0, s.seed());
        assertArrayEquals(new double[] {0.6}, s.stages().get(0).text().values());
    }

    @Test
    void bindNeverMutatesTheTree() throws Exception {
        JsonObject tree = ScenarioLoader.readTree(resource("valid/paris-call.json"));
        JsonObject copy = tree.deepCopy();
        ScenarioLoader.bind(tree);
        assertEquals(copy, tree);
    }

    @Test
    void utf8ByteOrderMarkIsAccepted(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bom.json");
        byte[] body = Files.readAllBytes(resource("valid/minimal.json"));
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(f, withBom);
        assertEquals("minimal", ScenarioLoader.load(f).name());
    }

    @Test
    void fileOverTheSizeLimitIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.json");
        Files.writeString(f, "{\"name\": \"x\"}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.readTree(f, 10));
        assertEquals("$: file is 13 bytes, over the limit of 10 bytes", e.getMessage());
    }

    @Test
    void sizeLimitIsAtLeastOneGibibyte() {
        assertTrue(ScenarioLoader.MAX_FILE_BYTES >= 1L << 30);
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path dir) {
        assertThrows(NoSuchFileException.class, () -> ScenarioLoader.readTree(dir.resolve("absent.json")));
    }

    @Test
    void parseTreeKeepsNumbersAsWritten() throws Exception {
        JsonObject t = ScenarioLoader.parseTree("{\"a\": 0.10, \"b\": 1e400}");
        assertEquals("0.10", t.get("a").getAsString());
        assertEquals("1e400", t.get("b").getAsString());
        assertEquals("{\"a\":0.10,\"b\":1e400}", t.toString());
    }

    @Test
    void aThousandActorScenarioBindsInOnePass() throws Exception {
        StringBuilder b = new StringBuilder("{\"name\":\"n\",\"issues\":[{\"id\":\"i\",\"statusQuo\":0}],\"actors\":[");
        for (int i = 0; i < 1000; i++) {
            b.append(i == 0 ? "" : ",").append("{\"id\":\"A").append(i).append("\",\"kind\":\"state\",\"groups\":[\"G")
                    .append(i % 7).append("\"],\"position\":{\"i\":0.5},\"salience\":{\"i\":1}}");
        }
        b.append("],\"ties\":[");
        for (int i = 1; i < 1000; i++) {
            b.append(i == 1 ? "" : ",").append("{\"from\":\"A").append(i).append("\",\"to\":\"A0\",\"weight\":1}");
        }
        b.append("],\"stages\":[{\"id\":\"s\",\"rule\":{\"type\":\"consensus\"},\"members\":{\"groups\":[\"G3\"],"
                + "\"kinds\":[\"state\"]},\"text\":\"compromise\",\"rounds\":1}]}");
        Scenario s = ScenarioLoader.bind(ScenarioLoader.parseTree(b.toString()));
        assertEquals(1000, s.actors().size());
        assertEquals(999, s.ties().size());
    }
}
