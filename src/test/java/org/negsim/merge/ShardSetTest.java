package org.negsim.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardSetTest {

    @TempDir
    Path dir;

    private ShardFolder shard(String name, int index, int count) throws Exception {
        return ShardFolder.read(ShardFolders.write(dir.resolve(name), index, count, 5, 4, 1, "", true));
    }

    private String refusal(List<ShardFolder> shards) {
        return assertThrows(MergeRefusedException.class, () -> ShardSet.check(shards)).getMessage();
    }

    @Test
    void shardsAreOrderedByIndex() throws Exception {
        ShardFolder a = shard("a", 2, 3);
        ShardFolder b = shard("b", 0, 3);
        ShardFolder c = shard("c", 1, 3);
        assertEquals(List.of(b, c, a), ShardSet.check(List.of(a, b, c)));
    }

    @Test
    void oneShardOfOneIsASet() throws Exception {
        ShardFolder a = shard("a", 0, 1);
        assertEquals(List.of(a), ShardSet.check(List.of(a)));
    }

    @Test
    void aDuplicatedIndexNamesBothFolders() throws Exception {
        String m = refusal(List.of(shard("a", 0, 2), shard("b", 1, 2), shard("c", 1, 2)));
        assertEquals("shard 1/2 is given twice: " + dir.resolve("b") + " and " + dir.resolve("c")
                + "; give each shard folder once", m);
    }

    @Test
    void theSameFolderTwiceIsSaidSo() throws Exception {
        ShardFolder a = shard("a", 0, 1);
        assertTrue(refusal(List.of(a, a)).contains("(the same folder)"));
    }

    @Test
    void missingIndexesAreNamed() throws Exception {
        assertEquals("shards 0, 2 of 4 are missing; give all 4 shard folders, or run the missing ones first"
                + " (negsim sweep --shard K/4; on Slurm sbatch --array=0,2 with the same arguments)",
                refusal(List.of(shard("a", 1, 4), shard("b", 3, 4))));
    }

    @Test
    void aDifferentScenarioFileIsRefused() throws Exception {
        ShardFolder a = shard("a", 0, 2);
        Path b = ShardFolders.write(dir.resolve("b"), 1, 2, 5, 4, 1, "", true);
        Path manifest = b.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"abc\"", "\"def\""));
        assertEquals(b + " and " + dir.resolve("a") + " are not shards of the same sweep: different scenario files"
                + " (SHA-256 def and abc)", refusal(List.of(a, ShardFolder.read(b))));
    }

    /** Same scenario file, but its actors table changed between the shards: their rows are not one sweep's. */
    @Test
    void differentScenarioTablesAreRefused() throws Exception {
        Path a = ShardFolders.write(dir.resolve("a"), 0, 2, 5, 4, 1, "", true);
        Path b = ShardFolders.write(dir.resolve("b"), 1, 2, 5, 4, 1, "", true);
        String table = "\"scenarioTables\":[{\"member\":\"actors\",\"file\":\"actors.csv\",\"sha256\":\"%s\"}],";
        for (Path shard : List.of(a, b)) {
            Path manifest = shard.resolve("manifest.json");
            Files.writeString(manifest, Files.readString(manifest).replace("\"scenario\":",
                    String.format(table, shard == a ? "111" : "222") + "\"scenario\":"));
        }
        String refusal = refusal(List.of(ShardFolder.read(a), ShardFolder.read(b)));
        assertTrue(refusal.contains("are not shards of the same sweep: different scenario tables"), refusal);
        assertTrue(refusal.contains("222") && refusal.contains("111"), refusal);
    }

    @Test
    void shardsBuiltFromDifferentCommitsAreRefused() throws Exception {
        Path a = ShardFolders.write(dir.resolve("a"), 0, 2, 5, 4, 1, "", true);
        Path b = ShardFolders.write(dir.resolve("b"), 1, 2, 5, 4, 1, "", true);
        withCommit(a, "1".repeat(40));
        withCommit(b, "2".repeat(40));
        assertEquals(b + " and " + a + " are not shards of the same sweep: built from different git commits ("
                + "2".repeat(40) + " and " + "1".repeat(40) + "), whose rows may differ; re-run the shards with one build",
                refusal(List.of(ShardFolder.read(a), ShardFolder.read(b))));
    }

    /** A shard built outside git (commit null) or before negsim recorded commits can join any other. */
    @Test
    void anUnknownCommitIsNotADifference() throws Exception {
        Path a = ShardFolders.write(dir.resolve("a"), 0, 2, 5, 4, 1, "", true);
        Path b = ShardFolders.write(dir.resolve("b"), 1, 2, 5, 4, 1, "", true);
        withCommit(a, "1".repeat(40));
        assertEquals(2, ShardSet.check(List.of(ShardFolder.read(a), ShardFolder.read(b))).size());
        Path manifest = b.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"javaVersion\":\"17\"",
                "\"javaVersion\":\"17\",\"gitCommit\":null"));
        assertEquals(2, ShardSet.check(List.of(ShardFolder.read(a), ShardFolder.read(b))).size());
    }

    private static void withCommit(Path shard, String commit) throws Exception {
        Path manifest = shard.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"javaVersion\":\"17\"",
                "\"javaVersion\":\"17\",\"gitCommit\":\"" + commit + "\""));
    }

    @Test
    void aDifferentSeedIsRefused() throws Exception {
        ShardFolder a = shard("a", 0, 2);
        Path b = ShardFolders.write(dir.resolve("b"), 1, 2, 5, 4, 1, "", true);
        Path manifest = b.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"masterSeed\":7", "\"masterSeed\":8"));
        assertTrue(refusal(List.of(a, ShardFolder.read(b))).endsWith("different master seeds (8 and 7)"));
    }

    @Test
    void aDifferentDesignIsRefused() throws Exception {
        ShardFolder a = shard("a", 0, 2);
        ShardFolder b = ShardFolder.read(ShardFolders.write(dir.resolve("b"), 1, 2, 5, 4, 1, "\"rounds\"", true));
        assertTrue(refusal(List.of(a, b)).contains("different designs ("), refusal(List.of(a, b)));
    }

    @Test
    void aDifferentCountIsRefused() throws Exception {
        assertTrue(refusal(List.of(shard("a", 0, 2), shard("b", 1, 3)))
                .endsWith("different shard counts (shard 1/3 and 0/2)"));
    }
}
