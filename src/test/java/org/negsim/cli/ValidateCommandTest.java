package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void validScenarioIsOneOkLineWithCounts() {
        Path s = Cli.copyFixture("small-call.json", dir);
        Cli.Result r = Cli.execute("validate", s.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("OK " + s + ": small-call, 2 issues, 7 actors, 3 stages"
                + "; experiment: grid design, 1 point × 3 replications = 3 runs\n", r.out());
    }

    @Test
    void invalidScenarioIsExitTwoWithItsMessage() throws Exception {
        Path s = dir.resolve("bad.json");
        Files.writeString(s, "{\"name\": \"x\", \"issues\": []}");
        Cli.Result r = Cli.execute("validate", s.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: $."), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingFileIsAnInputOutputError() {
        Cli.Result r = Cli.execute("validate", dir.resolve("none.json").toString());
        assertEquals(3, r.exitCode());
    }

    @Test
    void theExperimentIsCheckedAndSummarised() {
        Cli.Result r = Cli.execute("validate", "scenarios/paris-call-2018.json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().endsWith("; experiment: grid design, 9 points × 20 replications = 180 runs\n"), r.out());
    }

    @Test
    void anInvalidVaryValueIsCaughtAsSweepWouldCatchIt() throws Exception {
        Path s = dir.resolve("warm.json");
        String text = Files.readString(Path.of("scenarios/paris-call-2018.json"));
        Files.writeString(s, text.replaceFirst("\"values\": \\[[^\\]]*\\]", "\"values\": [\"warm\"]"));
        Cli.Result r = Cli.execute("validate", s.toString());
        assertEquals(2, r.exitCode(), r.out());
        assertTrue(r.err().startsWith("error: $.experiment.vary[\"behavior.temperature\"]: value \"warm\" is invalid: "),
                r.err());
        assertTrue(r.err().contains("must be a number"), r.err());
    }
}
