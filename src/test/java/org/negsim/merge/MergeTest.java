package org.negsim.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two hand-made shards of a sweep of 3 points × 1 replication, 1 stage: shard 0 has runs 0, 2; shard 1 run 1. */
class MergeTest {

    @TempDir
    Path dir;

    private List<Path> shards(String record) throws Exception {
        Path a = ShardFolders.write(dir.resolve("shard-0"), 0, 2, 3, 1, 1, record, true);
        Path b = ShardFolders.write(dir.resolve("shard-1"), 1, 2, 3, 1, 1, record, true);
        Files.writeString(a.resolve("runs.csv"), ShardFolders.runs(0, 2, 3, 1));
        Files.writeString(b.resolve("runs.csv"), ShardFolders.runs(1, 2, 3, 1));
        return List.of(a, b);
    }

    @Test
    void theManifestIsTheSingleMachineSweepsWithTheShardsListed() throws Exception {
        List<Path> shards = shards("");
        Merge.Result r = Merge.run(List.of(shards.get(1), shards.get(0)), dir.resolve("merged"), false,
                List.of("merge", "a", "b"));
        assertEquals(new Merge.Result(dir.resolve("merged").toAbsolutePath(), 2, 3, List.of("runs.csv")), r);
        assertEquals("run,stage\n0,s0\n1,s0\n2,s0\n", Files.readString(r.folder().resolve("runs.csv")));
        JsonObject m = JsonParser.parseString(Files.readString(r.folder().resolve("manifest.json"))).getAsJsonObject();
        assertEquals(JsonParser.parseString("{\"type\":\"grid\",\"samples\":0,\"replications\":1,\"points\":3,"
                + "\"vary\":{},\"record\":[],\"shard\":{\"index\":0,\"count\":1}}"), m.get("design"));
        assertEquals(3, m.get("runs").getAsLong());
        assertEquals(4, m.get("threads").getAsInt(), "2 + 2");
        assertEquals("2025-01-01T00:00:00Z", m.get("startTime").getAsString(), "the earliest start");
        assertEquals("2025-02-02T00:00:00Z", m.get("endTime").getAsString(), "the latest end");
        assertEquals("[\"merge\",\"a\",\"b\"]", m.get("commandLine").toString());
        assertEquals(shards.get(0).toAbsolutePath().toString(), m.getAsJsonArray("merged").get(0).getAsString());
        assertEquals(shards.get(1).toAbsolutePath().toString(), m.getAsJsonArray("merged").get(1).getAsString());
        assertEquals("abc", m.get("scenarioSha256").getAsString());
        assertEquals(7, m.get("masterSeed").getAsLong());
        assertTrue(m.get("runSeed").isJsonNull());
    }

    /** The merged folder names the code that produced its rows (the shards'), not the build that merged them. */
    @Test
    void theManifestKeepsTheShardsBuild() throws Exception {
        List<Path> shards = shards("");
        String commit = "0123456789abcdef0123456789abcdef01234567";
        for (Path shard : shards) {
            Path manifest = shard.resolve("manifest.json");
            Files.writeString(manifest, Files.readString(manifest).replace("\"javaVersion\":\"17\"",
                    "\"javaVersion\":\"17\",\"gitCommit\":\"" + commit + "\",\"gitDirty\":false,\"license\":\"Apache-2.0\""));
        }
        Merge.Result r = Merge.run(shards, dir.resolve("merged"), false, List.of("merge"));
        JsonObject m = JsonParser.parseString(Files.readString(r.folder().resolve("manifest.json"))).getAsJsonObject();
        assertEquals(commit, m.get("gitCommit").getAsString());
        assertEquals(false, m.get("gitDirty").getAsBoolean());
        assertEquals("Apache-2.0", m.get("license").getAsString());
    }

    /** Shards written before negsim recorded its build: the merge says it does not know, rather than guess. */
    @Test
    void shardsWithoutProvenanceGiveNulls() throws Exception {
        Merge.Result r = Merge.run(shards(""), dir.resolve("merged"), false, List.of("merge"));
        JsonObject m = JsonParser.parseString(Files.readString(r.folder().resolve("manifest.json"))).getAsJsonObject();
        assertTrue(m.get("gitCommit").isJsonNull());
        assertTrue(m.get("gitDirty").isJsonNull());
        assertTrue(m.get("license").isJsonNull());
    }

    @Test
    void aRecordedTableMissingInAShardIsAnInputError() throws Exception {
        List<Path> shards = shards("\"rounds\"");
        Files.writeString(shards.get(0).resolve("rounds.csv"), "run,round\n");
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> Merge.run(shards, dir.resolve("merged"), false, List.of()));
        assertEquals(shards.get(1).resolve("rounds.csv").toString(), e.getFile());
        assertFalse(Files.exists(dir.resolve("merged")));
    }

    @Test
    void theOutputCannotBeAShardFolder() throws Exception {
        List<Path> shards = shards("");
        MergeRefusedException e = assertThrows(MergeRefusedException.class,
                () -> Merge.run(shards, shards.get(1), true, List.of()));
        assertTrue(e.getMessage().startsWith("the output folder " + shards.get(1) + " is shard 1 ("), e.getMessage());
        assertTrue(Files.exists(shards.get(1).resolve("runs.csv")));
    }

    @Test
    void noShardsIsRefused() {
        assertThrows(MergeRefusedException.class, () -> Merge.run(List.of(), dir.resolve("m"), false, List.of()));
    }

    @Test
    void aFailedMergeLeavesNoStagingFolder() throws Exception {
        List<Path> shards = shards("\"rounds\"");
        Files.writeString(shards.get(0).resolve("rounds.csv"), "run,round\n");
        Files.writeString(shards.get(1).resolve("rounds.csv"), "run,other\n");
        assertThrows(MergeRefusedException.class, () -> Merge.run(shards, dir.resolve("merged"), false, List.of()));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("shard-0", "shard-1"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** A sweep of a scenario built from CSV tables: the merged manifest names the tables and their checksums. */
    @Test
    void theManifestKeepsTheScenarioTables() throws Exception {
        List<Path> shards = shards("");
        String tables = "\"scenarioTables\":[{\"member\":\"actors\",\"file\":\"actors.csv\",\"sha256\":\"f00\"}],";
        for (Path shard : shards) {
            Path manifest = shard.resolve("manifest.json");
            Files.writeString(manifest, Files.readString(manifest).replace("\"scenario\":", tables + "\"scenario\":"));
        }
        Merge.Result r = Merge.run(shards, dir.resolve("merged"), false, List.of("merge"));
        JsonObject m = JsonParser.parseString(Files.readString(r.folder().resolve("manifest.json"))).getAsJsonObject();
        assertEquals(JsonParser.parseString("[{\"member\":\"actors\",\"file\":\"actors.csv\",\"sha256\":\"f00\"}]"),
                m.get("scenarioTables"));
        List<String> keys = List.copyOf(m.keySet());
        assertEquals(keys.indexOf("scenarioSha256") + 1, keys.indexOf("scenarioTables"), "documented key order");
    }

    @Test
    void aSweepWithoutTablesGetsNoScenarioTablesKey() throws Exception {
        Merge.Result r = Merge.run(shards(""), dir.resolve("merged"), false, List.of("merge"));
        JsonObject m = JsonParser.parseString(Files.readString(r.folder().resolve("manifest.json"))).getAsJsonObject();
        assertFalse(m.has("scenarioTables"));
    }
}
