package org.negsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsReaderTest {

    private static final String HEADER = "run,point,replicate,seed,a,\"b,c\",stage,rule,executed,success,success_round,"
            + "in_force_round,joined,joined_state,text_x,ambition\n";

    @TempDir
    Path dir;

    @Test
    void parameterColumnsLieBetweenSeedAndStage() throws Exception {
        try (RunsReader r = RunsReader.open(write(HEADER), false)) {
            assertEquals(List.of("a", "b,c"), r.parameterColumns());
            assertEquals(5, r.column("b,c"));
            assertNull(r.next());
        }
    }

    @Test
    void cellsParse() throws Exception {
        try (RunsReader r = RunsReader.open(write(HEADER + "3,1,0,-9,0.5,x,s,majority,true,true,2,,7,7,0.1,0.25\n"
                + "4,2,0,9,0.5,x,s,majority,false,,,,,,,\n"), false)) {
            RunsReader.Row row = r.next();
            assertEquals(2, row.line());
            assertEquals(3, row.run());
            assertEquals(1, row.point());
            assertEquals("s", row.stage());
            assertEquals("majority", row.rule());
            assertTrue(row.executed());
            assertTrue(row.succeeded());
            assertEquals(2.0, row.successRound());
            assertEquals(7.0, row.joined());
            assertEquals(0.25, row.ambition());
            assertEquals(List.of("x", "0.5"), row.cells(new int[] {5, 4}));
            RunsReader.Row skipped = r.next();
            assertFalse(skipped.executed());
            assertFalse(skipped.succeeded());
            assertTrue(Double.isNaN(skipped.joined()));
            assertNull(r.next());
        }
    }

    @Test
    void edgeSuccessCellOfAStageThatDidNotRunIsNotASuccess() throws Exception {
        try (RunsReader r = RunsReader.open(write(HEADER + "0,0,0,1,1,1,s,majority,false,true,,,,,,\n"), false)) {
            assertFalse(r.next().succeeded());
        }
    }

    @Test
    void tornLastLineIsDroppedOnlyWhenAsked() throws Exception {
        Path file = write(HEADER + "0,0,0,1,1,1,s,majority,true,true,1,1,3,3,0.5,0.25\n1,0,1,2,1,1,s,maj");
        try (RunsReader r = RunsReader.open(file, true)) {
            assertEquals(0, r.next().run());
            assertNull(r.next());
        }
        try (RunsReader r = RunsReader.open(file, false)) {
            r.next();
            MalformedResultsException e = assertThrows(MalformedResultsException.class, r::next);
            assertEquals(file + " line 3: 8 cells, the header has 16", e.getMessage());
        }
    }

    @Test
    void edgeLastLineWithItsLineFeedIsKeptEvenWhenDroppingTornLines() throws Exception {
        try (RunsReader r = RunsReader.open(write(HEADER + "0,0,0,1,1,1,s,majority,true,true,1,1,3,3,0.5,0.25\n"),
                true)) {
            assertEquals(0, r.next().run());
        }
    }

    @Test
    void badNumbersAreNamedByColumn() throws Exception {
        try (RunsReader r = RunsReader.open(write(HEADER + "-1,0,0,1,1,1,s,majority,true,true,1,1,3,3,0.5,NaN\n"),
                false)) {
            RunsReader.Row row = r.next();
            assertEquals(dir.resolve("runs.csv") + " line 2: column run: expected a run number >= 0, was \"-1\"",
                    assertThrows(MalformedResultsException.class, row::run).getMessage());
            assertEquals(dir.resolve("runs.csv") + " line 2: column ambition: expected a number or empty, was \"NaN\"",
                    assertThrows(MalformedResultsException.class, row::ambition).getMessage());
        }
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, text);
        return file;
    }
}
