package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @TempDir
    Path dir;

    @Test
    void tornLastLineIsDropped() throws Exception {
        Path f = dir.resolve("runs.csv");
        Files.writeString(f, "a,b,c\n1,\"x,y\",3\n4,5");
        CsvTable t = CsvTable.read(f);
        assertEquals(List.of("a", "b", "c"), t.header());
        assertEquals(List.of(List.of("1", "x,y", "3")), t.rows());
        assertEquals(2, t.column("c"));
        assertEquals(-1, t.column("d"));
    }

    @Test
    void emptyFileIsAnError() throws Exception {
        Path f = dir.resolve("runs.csv");
        Files.writeString(f, "");
        assertThrows(IOException.class, () -> CsvTable.read(f));
    }

    @Test
    void emptyCellsAreNotApplicable() {
        assertTrue(Double.isNaN(CsvTable.number("")));
        assertEquals(-1, CsvTable.integer(""));
        assertEquals(0.5, CsvTable.number("0.5"));
        assertEquals(1.0E-5, CsvTable.number("1.0E-5"));
    }
}
