package org.negsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFolderTest {

    @TempDir
    Path dir;

    private List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commitMovesTheStagingFolderIntoPlaceAndCreatesParents() throws Exception {
        Path target = dir.resolve("results/s");
        try (ResultsFolder f = ResultsFolder.prepare(target, false)) {
            assertFalse(Files.exists(target));
            Files.writeString(f.staging().resolve("a.csv"), "x");
            f.commit();
        }
        assertEquals(List.of("a.csv"), names(target));
        assertEquals(List.of("s"), names(dir.resolve("results")), "no staging folder left");
    }

    @Test
    void closingWithoutCommitLeavesNothing() throws Exception {
        Path target = dir.resolve("s");
        try (ResultsFolder f = ResultsFolder.prepare(target, false)) {
            Files.writeString(f.staging().resolve("a.csv"), "x");
        }
        assertEquals(List.of(), names(dir));
    }

    @Test
    void nonEmptyFolderIsRefusedAndUntouched() throws Exception {
        Path target = dir.resolve("s");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.csv"), "old");
        OutputExistsException e = assertThrows(OutputExistsException.class, () -> ResultsFolder.prepare(target, false));
        assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
        assertEquals(List.of("s"), names(dir));
        assertEquals("old", Files.readString(target.resolve("old.csv")));
    }

    @Test
    void emptyExistingFolderIsAcceptedWithoutOverwrite() throws Exception {
        Path target = dir.resolve("s");
        Files.createDirectories(target);
        try (ResultsFolder f = ResultsFolder.prepare(target, false)) {
            Files.writeString(f.staging().resolve("a.csv"), "x");
            f.commit();
        }
        assertEquals(List.of("a.csv"), names(target));
    }

    @Test
    void overwriteReplacesTheOldFolderOnlyAtCommit() throws Exception {
        Path target = dir.resolve("s");
        Files.createDirectories(target.resolve("sub"));
        Files.writeString(target.resolve("sub/old.csv"), "old");
        try (ResultsFolder f = ResultsFolder.prepare(target, true)) {
            Files.writeString(f.staging().resolve("new.csv"), "new");
            assertEquals("old", Files.readString(target.resolve("sub/old.csv")), "old intact before commit");
            f.commit();
        }
        assertEquals(List.of("new.csv"), names(target));
        assertEquals(List.of("s"), names(dir), "neither the old nor the staging folder left behind");
    }

    @Test
    void overwriteThatFailsBeforeCommitKeepsTheOldFolder() throws Exception {
        Path target = dir.resolve("s");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.csv"), "old");
        try (ResultsFolder f = ResultsFolder.prepare(target, true)) {
            Files.writeString(f.staging().resolve("new.csv"), "half");
        }
        assertEquals(List.of("old.csv"), names(target));
        assertEquals(List.of("s"), names(dir));
    }

    @Test
    void aRegularFileAsTargetIsNotADirectory() throws Exception {
        Path file = dir.resolve("f.txt");
        Files.writeString(file, "keep");
        assertThrows(NotDirectoryException.class, () -> ResultsFolder.prepare(file, true));
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void defaultIsUnderResults() {
        assertEquals(Path.of("results", "paris-call-2018"), ResultsFolder.defaultFor("paris-call-2018"));
    }
}
