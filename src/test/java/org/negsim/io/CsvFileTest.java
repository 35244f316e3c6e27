package org.negsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    @TempDir
    Path dir;

    @Test
    void createWritesTheHeaderAndAppendsWholeBlocksAsUtf8() throws Exception {
        Path p = dir.resolve("t.csv");
        try (CsvFile f = CsvFile.create(p, List.of("a", "b"))) {
            f.append("1,é\n2,x\n");
            f.append("");
        }
        assertEquals("a,b\n1,é\n2,x\n", Files.readString(p, StandardCharsets.UTF_8));
    }

    @Test
    void aBlockThatDoesNotEndAtARecordBoundaryIsRefused() throws Exception {
        try (CsvFile f = CsvFile.create(dir.resolve("t.csv"), List.of("a"))) {
            assertThrows(IllegalArgumentException.class, () -> f.append("1"));
        }
        assertEquals("a\n", Files.readString(dir.resolve("t.csv")));
    }

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Files.writeString(dir.resolve("t.csv"), "keep");
        assertThrows(FileAlreadyExistsException.class, () -> CsvFile.create(dir.resolve("t.csv"), List.of("a")));
        assertEquals("keep", Files.readString(dir.resolve("t.csv")));
    }

    @Test
    void openForAppendContinuesAfterTheEnd() throws Exception {
        Path p = dir.resolve("t.csv");
        Files.writeString(p, "a\n1\n");
        try (CsvFile f = CsvFile.openForAppend(p)) {
            f.append("2\n");
        }
        assertEquals("a\n1\n2\n", Files.readString(p));
    }
}
