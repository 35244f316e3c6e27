package org.negsim.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowReaderTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("t.csv"), text);
    }

    @Test
    void linesAreCopiedVerbatimWithTheirRunNumbers() throws Exception {
        // a 3-byte buffer: every line spans several reads
        try (RowReader r = new RowReader(file("run,x\n0,\"a,b\"\n12,c\n"), 3)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertTrue(r.next());
            assertEquals(RowReader.NOT_A_RUN, r.run(), "the header");
            r.copyLineTo(out);
            assertTrue(r.next());
            assertEquals(0, r.run());
            r.copyLineTo(out);
            assertTrue(r.next());
            assertEquals(12, r.run());
            assertEquals(3, r.lineNumber());
            r.copyLineTo(out);
            assertFalse(r.next());
            assertFalse(r.torn());
            assertArrayEquals("run,x\n0,\"a,b\"\n12,c\n".getBytes(StandardCharsets.UTF_8), out.toByteArray());
        }
    }

    @Test
    void aLastLineWithoutLineFeedIsTorn() throws Exception {
        try (RowReader r = new RowReader(file("run\n0,a\n1,b"), 1 << 16)) {
            assertTrue(r.next());
            assertTrue(r.next());
            assertFalse(r.next());
            assertTrue(r.torn());
        }
    }

    @Test
    void aFirstCellThatIsNotANonNegativeIntegerIsNotARunNumber() throws Exception {
        try (RowReader r = new RowReader(file("h\n-12\n1x,a\n\"\",a\n"), 16)) {
            r.next();
            for (int i = 0; i < 3; i++) {
                assertTrue(r.next());
                assertEquals(RowReader.NOT_A_RUN, r.run(), "line " + r.lineNumber());
            }
        }
    }

    @Test
    void sameLineComparesBytes() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "run,x\n");
        Path b = Files.writeString(dir.resolve("b.csv"), "run,y\n");
        try (RowReader ra = new RowReader(a, 4); RowReader ra2 = new RowReader(a, 64); RowReader rb = new RowReader(b, 4)) {
            ra.next();
            ra2.next();
            rb.next();
            assertTrue(ra.sameLine(ra2));
            assertFalse(ra.sameLine(rb));
        }
    }

    @Test
    void anEmptyFileHasNoLine() throws Exception {
        try (RowReader r = new RowReader(file(""), 8)) {
            assertFalse(r.next());
            assertFalse(r.torn());
        }
    }
}
