package org.negsim.inspect;

import org.negsim.io.MalformedResultsException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsManifestTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFieldsAndOnlyTheScenarioName() throws Exception {
        ResultsFixture.write(dir, ResultsFixture.manifest("sobol", 12, 3, 36, false, 1, 4), "");
        assertEquals(new ResultsManifest("fixture", 2018, "sobol", 12, 3, 36, false, 1, 4, java.util.List.of("t", "c"),
                        java.util.Map.of("t", "0.1,0.2", "c", "0,1")),
                ResultsManifest.read(dir));
    }

    @Test
    void singleRunHasOnePointAndOneReplicate() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), """
                {"scenario": {"name": "x"}, "masterSeed": -5, "runSeed": 7, "design": {"type": "run", "set": {}},
                 "runs": 1, "endTime": "2025-01-01T00:00:00Z"}
                """);
        assertEquals(new ResultsManifest("x", -5, "run", 1, 1, 1, true, 0, 1), ResultsManifest.read(dir));
    }

    @Test
    void missingManifestIsNamed() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ResultsManifest.read(dir));
        assertEquals(dir.resolve("manifest.json").toString(), e.getFile());
    }

    @Test
    void notAManifestIsMalformed() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"masterSeed\": 1, \"runs\": 2}");
        MalformedResultsException e = assertThrows(MalformedResultsException.class, () -> ResultsManifest.read(dir));
        assertEquals(dir.resolve("manifest.json") + ": not a negsim manifest (it needs masterSeed, design.type and "
                + "runs)", e.getMessage());
        Files.writeString(dir.resolve("manifest.json"), "{\"masterSeed\": ");
        assertThrows(MalformedResultsException.class, () -> ResultsManifest.read(dir));
        Files.writeString(dir.resolve("manifest.json"), "[1, 2]");
        assertThrows(MalformedResultsException.class, () -> ResultsManifest.read(dir));
        Files.writeString(dir.resolve("manifest.json"), "{\"masterSeed\": \"x\"}");
        assertThrows(MalformedResultsException.class, () -> ResultsManifest.read(dir));
    }
}
