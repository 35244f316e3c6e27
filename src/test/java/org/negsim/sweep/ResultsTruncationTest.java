package org.negsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTruncationTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void keepsWholeRunsAndDropsATornLine() throws Exception {
        // two stages per run: run 2 has one row and a torn second one
        Path runs = write("runs.csv", "run,stage\n0,a\n0,b\n2,a\n2,b\n4,a\n4,");
        assertEquals(2, ResultsTruncation.truncateRuns(runs, 2));
        assertEquals("run,stage\n0,a\n0,b\n2,a\n2,b\n", Files.readString(runs));
    }

    @Test
    void aRunWithMissingStagesIsDropped() throws Exception {
        Path runs = write("runs.csv", "run,stage\n0,a\n0,b\n1,a\n");
        assertEquals(0, ResultsTruncation.truncateRuns(runs, 2));
        assertEquals("run,stage\n0,a\n0,b\n", Files.readString(runs));
    }

    @Test
    void noCompleteRunLeavesTheHeader() throws Exception {
        Path runs = write("runs.csv", "run,stage\n0,a\n0");
        assertEquals(ResultsTruncation.NONE, ResultsTruncation.truncateRuns(runs, 2));
        assertEquals("run,stage\n", Files.readString(runs));
    }

    @Test
    void otherTablesLoseRowsOfRunsThatRunsCsvDoesNotList() throws Exception {
        Path rounds = write("rounds.csv", "run,round\n0,0\n0,1\n3,0\n3,1\n5,0\n5,");
        ResultsTruncation.truncateAfter(rounds, 3);
        assertEquals("run,round\n0,0\n0,1\n3,0\n3,1\n", Files.readString(rounds));
        ResultsTruncation.truncateAfter(rounds, ResultsTruncation.NONE);
        assertEquals("run,round\n", Files.readString(rounds));
    }

    @Test
    void intactNeedsEveryTableWithAWholeHeader() throws Exception {
        Path runs = write("runs.csv", "run,stage\n");
        Path rounds = write("rounds.csv", "run,rou");
        assertTrue(ResultsTruncation.intact(List.of(runs)));
        assertFalse(ResultsTruncation.intact(List.of(runs, rounds)));
        assertFalse(ResultsTruncation.intact(List.of(runs, dir.resolve("actors.csv"))));
    }
}
