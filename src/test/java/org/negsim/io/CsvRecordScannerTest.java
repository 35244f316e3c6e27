package org.negsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordScannerTest {

    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        return Files.writeString(dir.resolve("t.csv"), content, StandardCharsets.UTF_8);
    }

    /** The records read (cells joined by |) and, last, "torn" or "end". */
    private List<String> scan(String content, int buffer) throws Exception {
        List<String> seen = new ArrayList<>();
        try (CsvRecordScanner s = new CsvRecordScanner(file(content), buffer)) {
            long previousEnd = 0;
            while (s.next()) {
                assertEquals(previousEnd, s.start(), "records are contiguous");
                previousEnd = s.end();
                seen.add(String.join("|", s.cells()));
            }
            seen.add(s.torn() ? "torn" : "end");
        }
        return seen;
    }

    @Test
    void aQuotedLineBreakIsPartOfTheRecordNotTheEndOfALine() throws Exception {
        String table = "run,id\n0,\"a\nb\"\n1,\"x,\"\"y\"\"\"\n";
        for (int buffer : new int[] {1, 3, 4096}) {
            assertEquals(List.of("run|id", "0|a\nb", "1|x,\"y\"", "end"), scan(table, buffer));
        }
    }

    @Test
    void byteOffsetsCountMultibyteCharacters() throws Exception {
        String table = "run,id\n0,Côte-d-Ivoire\n1,日本\n";
        try (CsvRecordScanner s = new CsvRecordScanner(file(table), 8)) {
            s.next();
            s.next();
            s.next();
            assertEquals(table.getBytes(StandardCharsets.UTF_8).length, s.end());
            assertFalse(s.next());
        }
    }

    @Test
    void aRecordCutShortAnywhereIsTornAndEndsTheTable() throws Exception {
        String whole = "run,id\n0,a\n1,\"b\nc\"\n";
        int complete = "run,id\n0,a\n".length();
        for (int cut = complete + 1; cut < whole.length(); cut++) {
            assertEquals(List.of("run|id", "0|a", "torn"), scan(whole.substring(0, cut), 64), "cut at " + cut);
        }
        assertEquals(List.of("run|id", "0|a", "end"), scan(whole.substring(0, complete), 64));
    }

    @Test
    void aRecordNegsimWouldNotWriteIsDamage() throws Exception {
        for (String bad : new String[] {"run,id\n\"0\",a\n", "run,id\r\n0,a\r\n", "run,id\n0,\"a\"b\n"}) {
            DamagedResultsException e = assertThrows(DamagedResultsException.class, () -> scan(bad, 64), bad);
            assertTrue(e.getMessage().startsWith(dir.resolve("t.csv") + ": record "), e.getMessage());
        }
    }

    @Test
    void theRunNumberIsTheFirstCellAsANonNegativeInteger() throws Exception {
        try (CsvRecordScanner s = new CsvRecordScanner(file("run\n17\nx\n"), 64)) {
            s.next();
            s.next();
            assertEquals(17, s.run());
            s.next();
            DamagedResultsException e = assertThrows(DamagedResultsException.class, s::run);
            assertTrue(e.getMessage().contains("record 3 does not start with a run number"), e.getMessage());
        }
    }
}
