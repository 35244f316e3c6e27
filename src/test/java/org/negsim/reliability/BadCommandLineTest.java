package org.negsim.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes on the command line, each with its exit code and exact message, and with nothing created
 * or changed on disk. Usage errors found by picocli print the error, possibly suggestions, and a
 * {@code Try 'negsim CMD --help'} line; every other refusal is exactly one line.
 */
class BadCommandLineTest {

    @TempDir
    Path dir;

    private Path scenario;
    private Path out;

    @BeforeEach
    void fixture() throws Exception {
        scenario = Files.copy(Negsim.resource("valid/minimal.json"), dir.resolve("minimal.json"));
        out = dir.resolve("out");
    }

    private void assertNothingCreated() {
        assertEquals(List.of("minimal.json"), Negsim.names(dir), "nothing created beside the scenario");
    }

    private static void assertUsage(Negsim.Result r, String firstLine, String command) {
        assertEquals(2, r.exitCode(), r.printed());
        assertTrue(r.err().startsWith("error: " + firstLine + "\n"), r.printed());
        assertTrue(r.err().endsWith("Try 'negsim " + command + " --help' for more information.\n"), r.printed());
        assertFalse(Negsim.looksLikeStackTrace(r.err()), r.printed());
        assertEquals("", r.out());
    }

    @Test
    void unknownSetPathListsTheNamesThatExist() {
        Negsim.Result r = Negsim.execute("run", scenario.toString(), "--out", out.toString(),
                "--set", "behavior.temprature=0.1");
        Negsim.assertRefused(r, 2, "behavior.temprature: unknown key \"temprature\" in behavior (did you mean \"temperature\"?); allowed: abstainBand,"
                + " conformity, distance, flexibility, groupTieWeight, homeTieWeight, selfWeight, signCost, temperature");
        assertNothingCreated();
    }

    @Test
    void unknownActorInSetListsTheIds() {
        Negsim.Result r = Negsim.execute("run", scenario.toString(), "--out", out.toString(),
                "--set", "actors[C].signCost=0.1");
        Negsim.assertRefused(r, 2, "actors[C]: no actor with id \"C\"; ids: A, B");
        assertNothingCreated();
    }

    @Test
    void wrongValueTypeInSetNamesTheJsonPath() {
        Negsim.Result r = Negsim.execute("run", scenario.toString(), "--out", out.toString(),
                "--set", "behavior.temperature=abc");
        Negsim.assertRefused(r, 2, "$.behavior.temperature: must be a number, was \"abc\"");
        assertNothingCreated();
    }

    @Test
    void nonFiniteValueInSetIsRefused() {
        Negsim.Result r = Negsim.execute("run", scenario.toString(), "--out", out.toString(),
                "--set", "actors[A].signCost=1e400");
        Negsim.assertRefused(r, 2, "$.actors[0](A).signCost: must be a finite number, was 1e400");
        assertNothingCreated();
    }

    @Test
    void settingAnObjectIsRefused() {
        Negsim.Result r = Negsim.execute("run", scenario.toString(), "--out", out.toString(), "--set", "actors[A]=1");
        Negsim.assertRefused(r, 2, "actors[A]: is an object; only scalars can be set");
        assertNothingCreated();
    }

    @Test
    void setWithoutEqualsIsAUsageError() {
        Negsim.Result r = Negsim.execute("run", scenario.toString(), "--set", "=3");
        assertUsage(r, "Invalid value for option '--set' (PATH=VALUE): expected PATH=VALUE, e.g."
                + " behavior.temperature=0.1, was '=3'", "run");
        assertNothingCreated();
    }

    @Test
    void outOnARegularFileIsExitThreeAndTheFileIsUntouched() throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "keep");
        Negsim.Result r = Negsim.execute("run", scenario.toString(), "--out", file.toString());
        Negsim.assertRefused(r, 3, file + ": exists and is not a folder");
        assertEquals("keep", Files.readString(file));
        Negsim.Result s = Negsim.execute("sweep", scenario.toString(), "--out", file.toString(), "--threads", "1");
        Negsim.assertRefused(s, 3, file + ": exists and is not a folder");
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void outBelowARegularFileSaysItIsNotAFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "keep");
        Negsim.Result r = Negsim.execute("run", scenario.toString(), "--out", file.resolve("sub").toString());
        Negsim.assertRefused(r, 3, file + ": exists and is not a folder");
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void anExistingResultsFolderIsRefusedAndItsBytesUntouched() throws Exception {
        assertEquals(0, Negsim.execute("run", scenario.toString(), "--out", out.toString(), "--quiet").exitCode());
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
        Negsim.Result r = Negsim.execute("run", scenario.toString(), "--out", out.toString(), "--seed", "5");
        Negsim.assertRefused(r, 2, "results folder " + out + " exists and is not empty; pass --overwrite to replace it"
                + " or --out DIR to write elsewhere");
        assertArrayEquals(runs, Files.readAllBytes(out.resolve("runs.csv")));
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve("manifest.json")));
        Negsim.Result s = Negsim.execute("sweep", scenario.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(2, s.exitCode(), s.printed());
        assertTrue(s.err().startsWith("error: results folder " + out + " exists and is not empty"), s.printed());
        assertTrue(s.err().contains("--resume"), s.printed());
        assertEquals(1, s.err().lines().count(), s.printed());
        assertArrayEquals(runs, Files.readAllBytes(out.resolve("runs.csv")));
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve("manifest.json")));
        assertEquals(List.of("minimal.json", "out"), Negsim.names(dir), "no staging folder left behind");
    }

    @Test
    void aMissingScenarioFileIsExitThree() {
        Path missing = dir.resolve("missing.json");
        for (String command : List.of("run", "validate", "sweep")) {
            Negsim.Result r = Negsim.execute(command, missing.toString(), "--out", out.toString());
            if (command.equals("validate")) {
                r = Negsim.execute(command, missing.toString());
            }
            Negsim.assertRefused(r, 3, missing + ": no such file or folder");
        }
        assertNothingCreated();
    }

    @Test
    void aFolderGivenAsScenarioIsExitThreeNamingIt() {
        for (String command : List.of("run", "validate", "sweep")) {
            Negsim.Result r = Negsim.execute(command, dir.toString());
            Negsim.assertRefused(r, 3, dir + ": is a folder, not a scenario file");
        }
        assertNothingCreated();
    }

    @Test
    void resumeAgainstADifferentScenarioIsRefusedAndUntouched() throws Exception {
        assertEquals(0, Negsim.execute("sweep", scenario.toString(), "--out", out.toString(), "--quiet",
                "--threads", "1").exitCode());
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        Path other = Files.writeString(dir.resolve("other.json"),
                Files.readString(scenario).replace("\"rounds\": 3", "\"rounds\": 4"));
        Negsim.Result r = Negsim.execute("sweep", other.toString(), "--out", out.toString(), "--resume", "--threads", "1");
        assertEquals(2, r.exitCode(), r.printed());
        assertTrue(r.err().startsWith("error: cannot resume the sweep in " + out), r.printed());
        assertEquals(1, r.err().lines().count(), r.printed());
        assertArrayEquals(runs, Files.readAllBytes(out.resolve("runs.csv")));
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertUsage(Negsim.execute("run", scenario.toString(), "--frobnicate"), "Unknown option: '--frobnicate'", "run");
        assertUsage(Negsim.execute("validate", scenario.toString(), "extra"), "Unmatched argument at index 2: 'extra'",
                "validate");
        assertNothingCreated();
    }

    @Test
    void missingArgumentsAreUsageErrors() {
        assertUsage(Negsim.execute("run"), "Missing required parameter: 'SCENARIO'", "run");
        assertUsage(Negsim.execute("validate"), "Missing required parameter: 'SCENARIO'", "validate");
        assertUsage(Negsim.execute("run", scenario.toString(), "--out"),
                "Missing required parameter for option '--out' (DIR)", "run");
        assertUsage(Negsim.execute("run", scenario.toString(), "--seed", "1.5"),
                "Invalid value for option '--seed': '1.5' is not a long", "run");
        assertNothingCreated();
    }

    @Test
    void threadsBeyondReasonAreRefused() {
        int cores = Runtime.getRuntime().availableProcessors();
        int max = Math.max(64, 8 * cores);
        for (String t : List.of("0", "-3", Integer.toString(max + 1), "100000")) {
            Negsim.Result r = Negsim.execute("sweep", scenario.toString(), "--out", out.toString(), "--threads", t);
            assertUsage(r, "--threads must be between 1 and " + max + " on this machine (" + cores + " cores), was " + t,
                    "sweep");
        }
        assertNothingCreated();
    }

    @Test
    void contradictoryOrMalformedSweepOptionsAreRefused() {
        assertUsage(Negsim.execute("sweep", scenario.toString(), "--resume", "--overwrite"),
                "--overwrite and --resume exclude each other", "sweep");
        assertUsage(Negsim.execute("sweep", scenario.toString(), "--record", "foo"),
                "--record takes rounds and/or actors (comma-separated), was \"foo\"", "sweep");
        assertUsage(Negsim.execute("sweep", scenario.toString(), "--shard", "3/2"),
                "a shard K/N needs N >= 1 and 0 <= K < N, was 3/2", "sweep");
        Negsim.assertRefused(Negsim.execute("sweep", scenario.toString(), "--replications", "0"), 2,
                "--replications: must be >= 1, was 0");
        Negsim.assertRefused(Negsim.execute("sweep", scenario.toString(), "--vary",
                "behavior.temperature=0:1e308:1e-300"), 2, "--vary behavior.temperature: a grid may have at most"
                + " 1000000 points, was more than 9223372036854775806 (0:1e308:1e-300)");
        assertNothingCreated();
    }
}
