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
        assertEquals(List.of(".negsim", "a.csv"), names(target));
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
        assertEquals(List.of(".negsim", "a.csv"), names(target));
    }

    @Test
    void overwriteReplacesTheOldFolderOnlyAtCommit() throws Exception {
        Path target = dir.resolve("s");
        Files.createDirectories(target.resolve("sub"));
        Files.writeString(target.resolve("sub/old.csv"), "old");
        Files.createFile(target.resolve(ResultsFolder.MARKER));
        try (ResultsFolder f = ResultsFolder.prepare(target, true)) {
            Files.writeString(f.staging().resolve("new.csv"), "new");
            assertEquals("old", Files.readString(target.resolve("sub/old.csv")), "old intact before commit");
            f.commit();
        }
        assertEquals(List.of(".negsim", "new.csv"), names(target));
        assertEquals(List.of("s"), names(dir), "neither the old nor the staging folder left behind");
    }

    @Test
    void overwriteThatFailsBeforeCommitKeepsTheOldFolder() throws Exception {
        Path target = dir.resolve("s");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.csv"), "old");
        Files.writeString(target.resolve(Manifest.FILE_NAME), "{}");
        try (ResultsFolder f = ResultsFolder.prepare(target, true)) {
            Files.writeString(f.staging().resolve("new.csv"), "half");
        }
        assertEquals(List.of("manifest.json", "old.csv"), names(target));
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
    void overwriteRefusesAFolderNegsimDidNotMake() throws Exception {
        Path target = dir.resolve("s");
        Files.createDirectories(target);
        Files.writeString(target.resolve("thesis.tex"), "years of work");
        OutputExistsException e = assertThrows(OutputExistsException.class, () -> ResultsFolder.prepare(target, true));
        assertTrue(e.getMessage().contains("was not made by negsim"), e.getMessage());
        assertEquals(List.of("thesis.tex"), names(target));
        assertEquals(List.of("s"), names(dir), "no staging folder, no lock file");
    }

    @Test
    void overwriteRefusesTheWorkingDirectoryAndItsParents() throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path target : List.of(cwd, cwd.getParent())) {
            OutputExistsException e = assertThrows(OutputExistsException.class,
                    () -> ResultsFolder.checkTarget(target, target, true));
            assertTrue(e.getMessage().contains("holds the working directory"), e.getMessage());
        }
    }

    @Test
    void aSymbolicLinkIsNeverWrittenThrough() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve(Manifest.FILE_NAME), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        for (boolean overwrite : new boolean[] {false, true}) {
            OutputExistsException e = assertThrows(OutputExistsException.class,
                    () -> ResultsFolder.prepare(link, overwrite));
            assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
        }
        assertEquals(List.of("manifest.json"), names(real));
    }

    @Test
    void aSecondWriterOfTheSameFolderIsRefusedUntilTheFirstCloses() throws Exception {
        Path target = dir.resolve("s");
        try (ResultsFolder first = ResultsFolder.prepare(target, false)) {
            FolderInUseException e = assertThrows(FolderInUseException.class, () -> ResultsFolder.prepare(target, false));
            assertEquals(target + " is being written by another negsim process (pid " + ProcessHandle.current().pid()
                    + "); wait for it to finish, or give another --out", e.getMessage());
        }
        try (ResultsFolder again = ResultsFolder.prepare(target, false)) {
            again.commit();
        }
        assertEquals(List.of("s"), names(dir), "the lock file is removed");
    }

    @Test
    void defaultIsUnderResults() {
        assertEquals(Path.of("results", "paris-call-2018"), ResultsFolder.defaultFor("paris-call-2018"));
    }
}
