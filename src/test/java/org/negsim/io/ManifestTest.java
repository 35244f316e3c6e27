package org.negsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void sha256OfAKnownInput() throws Exception {
        Path f = dir.resolve("abc.txt");
        Files.writeString(f, "abc", StandardCharsets.US_ASCII);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Manifest.sha256(f));
    }

    @Test
    void writesEveryFieldAndLeavesNoTemporaryFile() throws Exception {
        JsonObject tree = JsonParser.parseString("{\"name\":\"s\"}").getAsJsonObject();
        JsonObject design = JsonParser.parseString("{\"type\":\"run\"}").getAsJsonObject();
        Manifest m = new Manifest("0.1.0", "s.json", "ab", tree, List.of("run", "s.json"), 2018L,
                -5L, design, 1, 1, Instant.parse("2025-01-02T03:04:05Z"), Instant.parse("2025-01-02T03:04:06.5Z"),
                "17");
        m.writeTo(dir);
        JsonObject read = Manifest.read(dir);
        assertEquals(List.of("engineVersion", "scenarioFile", "scenarioSha256", "scenario", "commandLine",
                "masterSeed", "runSeed", "design", "runs", "threads", "startTime", "endTime", "javaVersion",
                "gitCommit", "gitDirty", "license"), List.copyOf(read.keySet()));
        assertEquals("s", read.getAsJsonObject("scenario").get("name").getAsString());
        assertEquals(-5L, read.get("runSeed").getAsLong());
        assertEquals("2025-01-02T03:04:06.500Z", read.get("endTime").getAsString());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("manifest.json")), files.toList());
        }
    }

    @Test
    void recordsTheProvenanceOfThisBuildUnlessGivenAnother() throws Exception {
        Manifest m = new Manifest("v", "s.json", "ab", new JsonObject(), List.of(), 0, null, new JsonObject(), 10, 2,
                Instant.EPOCH, Instant.EPOCH, "17");
        JsonObject json = m.toJson();
        BuildInfo current = BuildInfo.current();
        assertEquals(current.gitCommit(), json.get("gitCommit").isJsonNull() ? null : json.get("gitCommit").getAsString());
        assertEquals("Apache-2.0", json.get("license").getAsString());

        String other = "0123456789abcdef0123456789abcdef01234567";
        Manifest merged = new Manifest("v", "s.json", "ab", new JsonObject(), List.of(), 0, null, new JsonObject(), 10,
                2, Instant.EPOCH, Instant.EPOCH, "17", null, List.of(), new BuildInfo(other, false, "Apache-2.0"));
        merged.writeTo(dir);
        JsonObject read = Manifest.read(dir);
        assertEquals(other, read.get("gitCommit").getAsString());
        assertEquals(false, read.get("gitDirty").getAsBoolean());
        assertEquals(new BuildInfo(other, false, "Apache-2.0"), BuildInfo.of(read));

        new Manifest("v", "s.json", "ab", new JsonObject(), List.of(), 0, null, new JsonObject(), 10, 2,
                Instant.EPOCH, Instant.EPOCH, "17", null, List.of(), new BuildInfo(null, null, "Apache-2.0")).writeTo(dir);
        read = Manifest.read(dir);
        assertTrue(read.get("gitCommit").isJsonNull(), "a build outside git: gitCommit null");
        assertTrue(read.get("gitDirty").isJsonNull());
    }

    @Test
    void aSweepHasANullRunSeed() throws Exception {
        Manifest m = new Manifest("v", "s.json", "ab", new JsonObject(), List.of(), 0, null, new JsonObject(), 10, 2,
                Instant.EPOCH, Instant.EPOCH, "17");
        assertTrue(m.toJson().get("runSeed").isJsonNull());
    }

    @Test
    void rewritingReplacesTheManifest() throws Exception {
        Manifest m = new Manifest("v", "s.json", "ab", new JsonObject(), List.of(), 0, null, new JsonObject(), 10, 2,
                Instant.EPOCH, Instant.EPOCH, "17");
        m.writeTo(dir);
        new Manifest("v", "s.json", "ab", new JsonObject(), List.of(), 0, null, new JsonObject(), 20, 2,
                Instant.EPOCH, Instant.EPOCH, "17").writeTo(dir);
        assertEquals(20, Manifest.read(dir).get("runs").getAsInt());
    }

    @Test
    void aLargeScenarioIsEmbeddedCompactlyAndReadsBackEqual() throws Exception {
        JsonObject tree = new JsonObject();
        com.google.gson.JsonArray actors = new com.google.gson.JsonArray();
        for (int i = 0; i <= Manifest.COMPACT_SCENARIO_ACTORS; i++) {
            JsonObject a = new JsonObject();
            a.addProperty("id", "a" + i);
            actors.add(a);
        }
        tree.add("actors", actors);
        Manifest m = new Manifest("v", "s.json", "ab", tree, List.of(), 0, null, new JsonObject(), 1, 1,
                Instant.EPOCH, null, "17");
        m.writeTo(dir);
        List<String> lines = Files.readAllLines(dir.resolve(Manifest.FILE_NAME));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  \"scenario\": {\"actors\":[{\"id\":\"a0\"}")),
                "one compact line for the scenario");
        assertTrue(lines.size() < 30, "the rest stays pretty-printed, one key a line: " + lines.size());
        assertEquals(tree, Manifest.read(dir).get("scenario"));
        assertTrue(Manifest.read(dir).get("endTime").isJsonNull());
    }

    /** The manifest of a run that streamed its actors, and the one the whole tree gives: the same bytes. */
    private void assertActorsCopiedAsTheTreeWritesThem(Path scenarioFile, String name) throws Exception {
        JsonObject whole = org.negsim.scenario.ScenarioLoader.readTree(scenarioFile);
        JsonObject rest = whole.deepCopy();
        rest.add("actors", new com.google.gson.JsonArray());
        int count = whole.getAsJsonArray("actors").size();
        String sha = Manifest.sha256(scenarioFile);
        Path fromTree = Files.createDirectories(dir.resolve(name + "-tree"));
        Path streamed = Files.createDirectories(dir.resolve(name + "-streamed"));
        new Manifest("v", "s.json", sha, whole, List.of("run"), 0, 1L, new JsonObject(), 1, 1, Instant.EPOCH,
                Instant.EPOCH, "17").writeTo(fromTree);
        new Manifest("v", "s.json", sha, rest, List.of("run"), 0, 1L, new JsonObject(), 1, 1, Instant.EPOCH,
                Instant.EPOCH, "17", new Manifest.MembersInFile(scenarioFile, java.util.Set.of("actors"), count)).writeTo(streamed);
        assertEquals(Files.readString(fromTree.resolve(Manifest.FILE_NAME)),
                Files.readString(streamed.resolve(Manifest.FILE_NAME)));
    }

    @Test
    void streamedActorsAreCopiedIntoTheManifestAsTheTreeWritesThem() throws Exception {
        assertActorsCopiedAsTheTreeWritesThem(Path.of("scenarios/paris-call-2018.json"), "paris");
        // awkward literals and strings, pretty (few actors) and compact (many)
        for (int n : new int[] {3, Manifest.COMPACT_SCENARIO_ACTORS + 1}) {
            StringBuilder json = new StringBuilder("{\"name\": \"x\", \"issues\": [{\"id\": \"i\", \"statusQuo\": 0}],"
                    + "\n  \"actors\": [\n");
            for (int i = 0; i < n; i++) {
                json.append(i == 0 ? "" : ",\n").append("    {\"id\": \"a").append(i)
                        .append("\", \"name\": \"\\u00e9 \\\"q\\\" <b> \\n\", \"kind\": \"state\", \"position\": {\"i\": 1.50},"
                                + " \"salience\": {\"i\": 1e0}, \"weights\": {\"w\": 12345678901, \"v\": -0, \"u\": 0.1}, \"groups\": [],"
                                + " \"flag\": [true, false, null, 1.0E-7]}");
            }
            json.append("\n  ], \"stages\": []}\n");
            Path file = Files.writeString(dir.resolve("s" + n + ".json"), json, StandardCharsets.UTF_8);
            assertActorsCopiedAsTheTreeWritesThem(file, "s" + n);
        }
    }

    @Test
    void aFileWithAByteOrderMarkIsCopiedToo() throws Exception {
        Path file = dir.resolve("bom.json");
        byte[] text = Files.readAllBytes(Path.of("src/test/resources/valid/minimal.json"));
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Files.write(file, withMark);
        assertActorsCopiedAsTheTreeWritesThem(file, "bom");
    }

    @Test
    void aScenarioFileChangedSinceItWasReadLeavesNoManifest() throws Exception {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"actors\": [{\"id\": \"a\"}]}");
        String sha = Manifest.sha256(file);
        Files.writeString(file, "{\"actors\": [{\"id\": \"b\"}]}");
        Path out = Files.createDirectories(dir.resolve("out"));
        JsonObject rest = JsonParser.parseString("{\"actors\": []}").getAsJsonObject();
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new Manifest("v", "s.json", sha, rest, List.of(), 0, 1L, new JsonObject(), 1, 1, Instant.EPOCH,
                        Instant.EPOCH, "17", new Manifest.MembersInFile(file, java.util.Set.of("actors"), 1)).writeTo(out));
        assertEquals(file + " changed while negsim ran; its results were not kept", e.getMessage());
        Files.writeString(file, "{\"actors\": [{\"id\": \"a\"");
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new Manifest("v", "s.json", sha, rest, List.of(), 0, 1L, new JsonObject(), 1, 1, Instant.EPOCH,
                        Instant.EPOCH, "17", new Manifest.MembersInFile(file, java.util.Set.of("actors"), 1)).writeTo(out), "truncated");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "no manifest, no temporary file");
        }
    }
}
