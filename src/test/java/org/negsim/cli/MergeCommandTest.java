package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code negsim merge} end to end: four shards of a sweep merge into the single-machine sweep's
 * files byte for byte; missing, duplicated, incomplete and foreign shards are refused with exit 2
 * and a message naming them, and nothing is written.
 */
class MergeCommandTest {

    private static final String SCENARIO = Path.of("scenarios", "paris-call-2018.json").toString();
    private static final String[] TABLES = {"runs.csv", "rounds.csv", "actors.csv"};
    /** A 3×3 grid (the file's vary block) × 4 replications = 36 runs, so shard K/4 holds 9. */
    private static final String[] OPTIONS = {"--replications", "4", "--record", "rounds,actors", "--threads", "2"};

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path whole;
    private static Path shardsDir;

    @BeforeAll
    static void sweeps() {
        whole = shared.resolve("whole");
        assertEquals(0, sweep(whole).exitCode());
        shardsDir = shared.resolve("sharded");
        for (int k = 0; k < 4; k++) {
            Cli.Result r = sweep(shardsDir.resolve("shard-" + k), "--shard", k + "/4");
            assertEquals(0, r.exitCode(), r.err());
        }
    }

    private static Cli.Result sweep(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", SCENARIO, "--out", out.toString(), "--quiet"));
        args.addAll(List.of(OPTIONS));
        args.addAll(List.of(more));
        return Cli.execute(args.toArray(new String[0]));
    }

    private static String shard(int k) {
        return shardsDir.resolve("shard-" + k).toString();
    }

    /** A copy of the four shards in {@code dir}, for tests that damage one. */
    private Path copyShards() throws Exception {
        Path copy = dir.resolve("copy");
        for (int k = 0; k < 4; k++) {
            Path from = shardsDir.resolve("shard-" + k);
            Path to = Files.createDirectories(copy.resolve("shard-" + k));
            try (var files = Files.list(from)) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return copy;
    }

    private Cli.Result merge(String... args) {
        List<String> all = new ArrayList<>(List.of("merge"));
        all.addAll(List.of(args));
        return Cli.execute(all.toArray(new String[0]));
    }

    private void assertRefused(Cli.Result r, String... parts) {
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        for (String part : parts) {
            assertTrue(r.err().contains(part), "expected '" + part + "' in: " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("merged")), "nothing written");
    }

    @Test
    void fourShardsMergeIntoTheSingleMachineSweepByteForByte() throws Exception {
        Path out = dir.resolve("merged");
        // given out of order: merge sorts by shard index
        Cli.Result r = merge(shard(2), shard(0), shard(3), shard(1), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("merged 4 shards, 36 runs (runs.csv, rounds.csv, actors.csv)", r.out().lines().findFirst().get());
        for (String table : TABLES) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(table)), Files.readAllBytes(out.resolve(table)), table);
        }
        JsonObject merged = JsonParser.parseString(Files.readString(out.resolve("manifest.json"))).getAsJsonObject();
        JsonObject single = JsonParser.parseString(Files.readString(whole.resolve("manifest.json"))).getAsJsonObject();
        assertEquals(single.get("design"), merged.get("design"));
        assertEquals(single.get("scenarioSha256"), merged.get("scenarioSha256"));
        assertEquals(single.get("masterSeed"), merged.get("masterSeed"));
        assertEquals(single.get("scenario"), merged.get("scenario"));
        assertEquals(36, merged.get("runs").getAsLong());
        assertEquals(8, merged.get("threads").getAsInt(), "4 shards × 2 threads");
        assertFalse(merged.get("endTime").isJsonNull());
        assertEquals(4, merged.getAsJsonArray("merged").size());
        assertEquals(shardsDir.resolve("shard-0").toAbsolutePath().toString(),
                merged.getAsJsonArray("merged").get(0).getAsString());
    }

    @Test
    void aMergedFolderIsTheSingleMachineSweepForResume() throws Exception {
        Path out = dir.resolve("merged");
        assertEquals(0, merge(shard(0), shard(1), shard(2), shard(3), "--out", out.toString()).exitCode());
        Cli.Result resumed = sweep(out, "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")), Files.readAllBytes(out.resolve("runs.csv")));
    }

    @Test
    void aMissingShardIsNamed() {
        assertRefused(merge(shard(0), shard(1), shard(3), "--out", dir.resolve("merged").toString()),
                "shard 2 of 4 is missing", "--array=2");
    }

    @Test
    void twoMissingShardsAreNamed() {
        assertRefused(merge(shard(1), shard(2), "--out", dir.resolve("merged").toString()),
                "shards 0, 3 of 4 are missing", "--array=0,3");
    }

    @Test
    void aDuplicatedShardNamesBothFolders() throws Exception {
        Path copy = copyShards();
        Path again = dir.resolve("again");
        Files.move(copy.resolve("shard-1"), again);
        assertRefused(merge(shard(0), shard(1), shard(2), shard(3), again.toString(),
                "--out", dir.resolve("merged").toString()),
                "shard 1/4 is given twice: " + shard(1) + " and " + again);
    }

    @Test
    void aShardWithATruncatedRunsTableNamesTheMissingRuns() throws Exception {
        Path copy = copyShards();
        Path runs = copy.resolve("shard-2").resolve("runs.csv");
        List<String> lines = Files.readAllLines(runs);
        // keep the header and shard 2's first six runs (2, 6, 10, 14, 18, 22) and half of run 26's row
        long keep = 0;
        for (int i = 0; i < 7; i++) {
            keep += lines.get(i).length() + 1;
        }
        try (FileChannel ch = FileChannel.open(runs, StandardOpenOption.WRITE)) {
            ch.truncate(keep + 10);
        }
        assertRefused(merge(copy.resolve("shard-0").toString(), copy.resolve("shard-1").toString(),
                copy.resolve("shard-2").toString(), copy.resolve("shard-3").toString(),
                "--out", dir.resolve("merged").toString()),
                "shard 2 (" + copy.resolve("shard-2") + ") is missing runs 26, 30, 34 (3 of 9); resume it");
    }

    @Test
    void anUnfinishedShardIsRefused() throws Exception {
        Path copy = copyShards();
        Path manifest = copy.resolve("shard-3").resolve("manifest.json");
        JsonObject m = JsonParser.parseString(Files.readString(manifest)).getAsJsonObject();
        m.add("endTime", com.google.gson.JsonNull.INSTANCE);
        Files.writeString(manifest, m.toString());
        assertRefused(merge(copy.resolve("shard-0").toString(), copy.resolve("shard-1").toString(),
                copy.resolve("shard-2").toString(), copy.resolve("shard-3").toString(),
                "--out", dir.resolve("merged").toString()),
                "shard 3 (" + copy.resolve("shard-3") + ") did not finish", "--resume");
    }

    @Test
    void aShardOfAnotherScenarioFileIsRefused() throws Exception {
        Path scenario = dir.resolve("edited.json");
        Files.writeString(scenario, Files.readString(Path.of(SCENARIO)) + "\n");
        Path other = dir.resolve("other");
        Cli.Result r = Cli.execute(concat(new String[] {"sweep", scenario.toString(), "--out", other.toString(),
            "--quiet", "--shard", "3/4"}, OPTIONS));
        assertEquals(0, r.exitCode(), r.err());
        assertRefused(merge(shard(0), shard(1), shard(2), other.toString(), "--out", dir.resolve("merged").toString()),
                other + " and " + shard(0) + " are not shards of the same sweep: different scenario files (SHA-256");
    }

    @Test
    void aShardOfAnotherDesignIsRefused() {
        Path other = dir.resolve("other");
        Cli.Result r = Cli.execute("sweep", SCENARIO, "--out", other.toString(), "--quiet", "--shard", "3/4",
                "--replications", "5", "--record", "rounds,actors");
        assertEquals(0, r.exitCode(), r.err());
        assertRefused(merge(shard(0), shard(1), shard(2), other.toString(), "--out", dir.resolve("merged").toString()),
                "are not shards of the same sweep: different designs", "\"replications\":5");
    }

    @Test
    void shardsOfAnotherCountAreRefused() {
        Path other = dir.resolve("other");
        assertEquals(0, sweep(other, "--shard", "1/3").exitCode());
        assertRefused(merge(shard(0), other.toString(), "--out", dir.resolve("merged").toString()),
                "different shard counts (shard 1/3 and 0/4)");
    }

    @Test
    void anExistingOutputIsKeptWithoutOverwrite() throws Exception {
        Path out = Files.createDirectories(dir.resolve("merged"));
        Files.writeString(out.resolve("keep.txt"), "x");
        Cli.Result foreign = merge(shard(0), shard(1), shard(2), shard(3), "--out", out.toString(), "--overwrite");
        assertEquals(2, foreign.exitCode(), foreign.err());
        assertTrue(foreign.err().contains("was not made by negsim"), foreign.err());
        Files.createFile(out.resolve(".negsim"));
        Cli.Result r = merge(shard(0), shard(1), shard(2), shard(3), "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--overwrite"), r.err());
        assertTrue(Files.exists(out.resolve("keep.txt")));
        Cli.Result again = merge(shard(0), shard(1), shard(2), shard(3), "--out", out.toString(), "--overwrite");
        assertEquals(0, again.exitCode(), again.err());
        assertFalse(Files.exists(out.resolve("keep.txt")));
    }

    @Test
    void theOutputMayNotHoldAShard() {
        Cli.Result r = merge(shard(0), shard(1), shard(2), shard(3), "--out", shardsDir.toString(), "--overwrite");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("contains shard 0"), r.err());
        assertTrue(Files.isDirectory(shardsDir.resolve("shard-0")));
    }

    @Test
    void aFolderWithoutManifestIsNotAShard() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertRefused(merge(empty.toString(), "--out", dir.resolve("merged").toString()),
                empty + " is not a results folder of negsim sweep: it has no manifest.json");
    }

    @Test
    void aMissingFolderIsAnInputError() {
        Cli.Result r = merge(dir.resolve("nowhere").toString(), "--out", dir.resolve("merged").toString());
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: " + dir.resolve("nowhere")), r.err());
    }

    @Test
    void outIsRequired() {
        Cli.Result r = merge(shard(0));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--out"), r.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
