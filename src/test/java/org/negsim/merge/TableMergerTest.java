package org.negsim.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three shards of a sweep of 7 runs: shard 0 holds 0, 3, 6; shard 1 holds 1, 4; shard 2 holds 2, 5. */
class TableMergerTest {

    @TempDir
    Path dir;

    private List<ShardFolder> shards(String... tables) throws Exception {
        List<ShardFolder> shards = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Path folder = ShardFolders.write(dir.resolve("shard-" + k), k, 3, 7, 1, 1, "", true);
            Files.writeString(folder.resolve("t.csv"), tables[k]);
            shards.add(ShardFolder.read(folder));
        }
        return shards;
    }

    @Test
    void linesOfEachRunComeFromItsShardInRunOrder() throws Exception {
        // runs with several rows, and a cell with a quoted line break and comma (a record, not a line)
        List<ShardFolder> shards = shards("run,x\n0,a\n0,b\n3,c\n6,d\n", "run,x\n1,\"e\nf,g\"\n4,i\n",
                "run,x\n2,f\n2,g\n5,h\n");
        Path out = dir.resolve("t.csv");
        TableMerger.merge(shards, "t.csv", 7, out, 4);
        assertEquals("run,x\n0,a\n0,b\n1,\"e\nf,g\"\n2,f\n2,g\n3,c\n4,i\n5,h\n6,d\n", Files.readString(out));
    }

    @Test
    void aRunWithoutRowsInATableIsRefusedNamingShardTableAndRuns() throws Exception {
        List<ShardFolder> shards = shards("run,x\n0,a\n6,d\n", "run,x\n1,e\n4,i\n", "run,x\n2,f\n5,h\n");
        MergeRefusedException e = assertThrows(MergeRefusedException.class,
                () -> TableMerger.merge(shards, "t.csv", 7, dir.resolve("t.csv"), 64));
        assertEquals("shard 0 (" + dir.resolve("shard-0") + "): t.csv has no rows of run 3 (1 of the shard's runs);"
                + " the shard is damaged: run it again with negsim sweep --overwrite", e.getMessage());
    }

    @Test
    void differentHeadersAreRefused() throws Exception {
        List<ShardFolder> shards = shards("run,x\n", "run,y\n", "run,x\n");
        MergeRefusedException e = assertThrows(MergeRefusedException.class,
                () -> TableMerger.merge(shards, "t.csv", 7, dir.resolve("t.csv"), 64));
        assertEquals("shard 1 (" + dir.resolve("shard-1") + "): the header of t.csv differs from that of shard 0 ("
                + dir.resolve("shard-0") + ")", e.getMessage());
    }

    @Test
    void aRowOfAnotherShardIsRefused() throws Exception {
        List<ShardFolder> shards = shards("run,x\n0,a\n", "run,x\n1,b\n2,c\n", "run,x\n");
        MergeRefusedException e = assertThrows(MergeRefusedException.class,
                () -> TableMerger.merge(shards, "t.csv", 7, dir.resolve("t.csv"), 64));
        assertEquals("shard 1 (" + dir.resolve("shard-1") + "): t.csv line 3 holds run 2, which is out of order or"
                + " not a run of shard 1/3", e.getMessage());
    }

    @Test
    void rowsOutOfOrderAreRefused() throws Exception {
        List<ShardFolder> shards = shards("run,x\n3,a\n0,b\n", "run,x\n", "run,x\n");
        assertThrows(MergeRefusedException.class, () -> TableMerger.merge(shards, "t.csv", 7, dir.resolve("t.csv"), 64));
    }

    @Test
    void aTornLastLineIsRefused() throws Exception {
        List<ShardFolder> shards = shards("run,x\n0,a\n", "run,x\n1,b", "run,x\n");
        MergeRefusedException e = assertThrows(MergeRefusedException.class,
                () -> TableMerger.merge(shards, "t.csv", 7, dir.resolve("t.csv"), 64));
        assertEquals("shard 1 (" + dir.resolve("shard-1") + "): t.csv ends with an incomplete line; resume the shard"
                + " with negsim sweep --resume", e.getMessage());
    }
}
