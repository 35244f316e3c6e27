package org.negsim.merge;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shard 1/4 of a sweep of 5 points × 4 replications = 20 runs holds runs 1, 5, 9, 13, 17; 2 stages. */
class RunsCheckTest {

    @TempDir
    Path dir;

    private ShardFolder shard(String runsCsv, boolean finished) throws Exception {
        Path folder = ShardFolders.write(dir.resolve("shard-1"), 1, 4, 5, 4, 2, "", finished);
        Files.writeString(folder.resolve("runs.csv"), runsCsv);
        return ShardFolder.read(folder);
    }

    private String refusal(String runsCsv) throws Exception {
        ShardFolder s = shard(runsCsv, true);
        return assertThrows(MergeRefusedException.class, () -> RunsCheck.check(s, 7)).getMessage();
    }

    @Test
    void aCompleteShardPasses() throws Exception {
        ShardFolder s = shard(ShardFolders.runs(1, 4, 20, 2), true);
        assertDoesNotThrow(() -> RunsCheck.check(s, 7));
    }

    @Test
    void missingRunsAreNamedWithTheirCount() throws Exception {
        String all = ShardFolders.runs(1, 4, 20, 2);
        String withoutRun5And13 = all.replace("5,s0\n5,s1\n", "").replace("13,s0\n13,s1\n", "");
        assertEquals("shard 1 (" + dir.resolve("shard-1") + ") is missing runs 5, 13 (2 of 5); resume it with"
                + " negsim sweep --resume and the same arguments", refusal(withoutRun5And13));
    }

    @Test
    void aRunWithoutAllItsStageRowsIsMissing() throws Exception {
        String all = ShardFolders.runs(1, 4, 20, 2);
        // the file ends inside run 17's second row: a torn write
        String torn = all.substring(0, all.length() - "s1\n".length());
        assertEquals("shard 1 (" + dir.resolve("shard-1") + ") is missing run 17 (1 of 5); resume it with"
                + " negsim sweep --resume and the same arguments", refusal(torn));
    }

    @Test
    void onlyTheFirstFiveMissingRunsAreNamed() throws Exception {
        // shard 1/4 of 5 points × 8 replications = 40 runs: 1, 5, …, 37; only the header is left
        Path folder = ShardFolders.write(dir.resolve("big"), 1, 4, 5, 8, 2, "", false);
        Files.writeString(folder.resolve("runs.csv"), "run,stage\n");
        ShardFolder s = ShardFolder.read(folder);
        String message = assertThrows(MergeRefusedException.class, () -> RunsCheck.check(s, 64)).getMessage();
        assertEquals("shard 1 (" + folder + ") is missing runs 1, 5, 9, 13, 17, … (10 of 10); resume it with"
                + " negsim sweep --resume and the same arguments", message);
    }

    @Test
    void allRowsButNoEndTimeIsUnfinished() throws Exception {
        ShardFolder s = shard(ShardFolders.runs(1, 4, 20, 2), false);
        assertEquals("shard 1 (" + dir.resolve("shard-1") + ") did not finish (its manifest has no endTime);"
                + " resume it with negsim sweep --resume and the same arguments",
                assertThrows(MergeRefusedException.class, () -> RunsCheck.check(s, 7)).getMessage());
    }

    @Test
    void aRunOfAnotherShardIsRefused() throws Exception {
        assertEquals("shard 1 (" + dir.resolve("shard-1") + "): runs.csv line 4 holds run 2, which is not a run of"
                + " shard 1/4 of a sweep of 20 runs", refusal("run,stage\n1,s0\n1,s1\n2,s0\n"));
    }

    @Test
    void aRunBeyondTheSweepIsRefused() throws Exception {
        String all = ShardFolders.runs(1, 4, 20, 2) + "21,s0\n";
        assertEquals("shard 1 (" + dir.resolve("shard-1") + "): runs.csv line 12 holds run 21, which is not a run of"
                + " shard 1/4 of a sweep of 20 runs", refusal(all));
    }

    @Test
    void aRunAfterALaterOneIsRefused() throws Exception {
        assertEquals("shard 1 (" + dir.resolve("shard-1") + "): runs.csv line 6: run 1 after run 5 (out of order or"
                + " duplicated)", refusal("run,stage\n1,s0\n1,s1\n5,s0\n5,s1\n1,s0\n"));
    }

    @Test
    void aRunWithMoreRowsThanStagesIsRefused() throws Exception {
        assertEquals("shard 1 (" + dir.resolve("shard-1") + "): runs.csv line 4: run 1 has more than its 2 rows (one"
                + " per stage)", refusal("run,stage\n1,s0\n1,s1\n1,s1\n"));
    }
}
