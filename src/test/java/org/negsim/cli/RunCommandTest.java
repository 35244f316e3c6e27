package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negsim.random.Seeds;
import org.negsim.io.Manifest;

class RunCommandTest {

    @TempDir
    Path dir;

    private Path scenario;
    private Path out;

    @BeforeEach
    void fixture() {
        scenario = Cli.copyFixture("small-call.json", dir);
        out = dir.resolve("out");
    }

    private static String firstLine(Path file) throws Exception {
        return Files.readAllLines(file).get(0);
    }

    private List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheFourFilesWithTheExactHeaders() throws Exception {
        Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of(".negsim", "actors.csv", "manifest.json", "rounds.csv", "runs.csv"), names(out));
        assertEquals("run,point,replicate,seed,stage,rule,executed,success,success_round,in_force_round,rounds,"
                + "members,yes,no,abstain,joined,joined_firm,joined_state,share_emissions,share_population,"
                + "text_restraint,text_multistakeholder,ambition", firstLine(out.resolve("runs.csv")));
        assertEquals("run,stage,round,joined,joined_firm,joined_state,share_emissions,share_population,yes,no,"
                + "abstain,text_restraint,text_multistakeholder,success", firstLine(out.resolve("rounds.csv")));
        assertEquals("run,stage,actor,kind,member,decision,decision_round,pivotal,gain,position_restraint,"
                + "position_multistakeholder", firstLine(out.resolve("actors.csv")));
        assertEquals(4, Files.readAllLines(out.resolve("runs.csv")).size(), "header + one row per stage");
        assertEquals("", r.err());
    }

    @Test
    void withoutSeedTheRunUsesTheSeedOfRunZeroOfASweep() throws Exception {
        Cli.execute("run", scenario.toString(), "--out", out.toString(), "--quiet");
        long expected = Seeds.forRun(2018, 0, 0);
        assertTrue(Files.readAllLines(out.resolve("runs.csv")).get(1).startsWith("0,0,0," + expected + ",gge,"));
    }

    @Test
    void manifestRecordsTheResolvedScenarioSeedsAndCommandLine() throws Exception {
        Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString(), "--seed", "42",
                "--set", "behavior.temperature=0", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        JsonObject m = Manifest.read(out);
        assertEquals("small-call.json", m.get("scenarioFile").getAsString());
        assertEquals(Manifest.sha256(scenario), m.get("scenarioSha256").getAsString());
        assertEquals(0.0, m.getAsJsonObject("scenario").getAsJsonObject("behavior").get("temperature").getAsDouble());
        assertEquals(2018, m.get("masterSeed").getAsLong());
        assertEquals(42, m.get("runSeed").getAsLong());
        assertEquals(1, m.get("runs").getAsInt());
        assertEquals("run", m.get("commandLine").getAsJsonArray().get(0).getAsString());
        assertTrue(m.get("startTime").getAsString().endsWith("Z"));
    }

    @Test
    void theManifestEmbedsStreamedActorsAndTiesAsTheFileHasThem() throws Exception {
        JsonObject tree = org.negsim.scenario.ScenarioLoader.readTree(scenario);
        tree.remove("experiment");
        Path plain = Files.writeString(dir.resolve("plain.json"), tree.toString());
        assertTrue(org.negsim.scenario.ScenarioLoader.load(plain, List.of()).streamedFrom().provides("ties"),
                "this run streams the ties");
        Cli.Result r = Cli.execute("run", plain.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        JsonObject embedded = Manifest.read(out).getAsJsonObject("scenario");
        assertEquals(tree.get("actors"), embedded.get("actors"));
        assertEquals(tree.get("ties"), embedded.get("ties"));
        assertEquals(2, embedded.getAsJsonArray("ties").size());
    }

    @Test
    void setChangesTheOutcomeAndAppearsAsAColumnWithItsValue() throws Exception {
        // Deterministic (temperature 0): 3 of the 5 states join the call, so it succeeds with a
        // minimum of 3 states and cannot with a minimum of 6.
        Cli.Result base = Cli.execute("run", scenario.toString(), "--out", out.toString(), "--quiet",
                "--set", "behavior.temperature=0");
        assertEquals(0, base.exitCode(), base.err());
        Path changed = dir.resolve("changed");
        Cli.Result r = Cli.execute("run", scenario.toString(), "--out", changed.toString(), "--quiet",
                "--set", "behavior.temperature=0", "--set", "stages[call].success[0].minCount=6");
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = Files.readAllLines(changed.resolve("runs.csv"));
        assertTrue(rows.get(0).startsWith(
                "run,point,replicate,seed,behavior.temperature,stages[call].success[0].minCount,stage,"), rows.get(0));
        assertTrue(rows.get(2).matches("0,0,0,-?\\d+,0,6,call,open-declaration,TRUE,FALSE,,,5,.*"), rows.get(2));
        String before = Files.readAllLines(out.resolve("runs.csv")).get(2);
        assertTrue(before.matches("0,0,0,-?\\d+,0,call,open-declaration,TRUE,TRUE,2,3,5,.*"), before);
        assertTrue(r.out().isEmpty(), "--quiet prints nothing");
    }

    @Test
    void repeatedSetPathIsOneColumnWithTheLastValue() throws Exception {
        Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString(), "--quiet",
                "--set", "behavior.signCost=0.5", "--set", "behavior.signCost=0.05");
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertTrue(rows.get(0).startsWith("run,point,replicate,seed,behavior.signCost,stage,"));
        assertTrue(rows.get(1).matches("0,0,0,-?\\d+,0\\.05,gge,.*"), rows.get(1));
    }

    @Test
    void unknownSetPathIsExitTwoWithTheNamesThatExist() {
        Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString(), "--set", "actors[XYZ].signCost=1");
        assertEquals(2, r.exitCode());
        assertEquals("error: actors[XYZ]: no actor with id \"XYZ\"; ids: ACME, CHN, DEU, FRA, KEN, MSFT, USA\n",
                r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void malformedSetIsAUsageError() {
        Cli.Result r = Cli.execute("run", scenario.toString(), "--set", "behavior.signCost");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: Invalid value for option '--set'"), r.err());
        assertTrue(r.err().contains("Try 'negsim run --help'"), r.err());
    }

    @Test
    void invalidScenarioIsOneLineWithoutStackTraceAndCreatesNoFolder() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(scenario).replace("\"rounds\": 4", "\"rounds\": 0"));
        Cli.Result r = Cli.execute("run", bad.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: $.stages[0](gge).rounds: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(out));
        assertEquals(List.of("bad.json", "small-call.json"), names(dir), "nothing created next to it either");
    }

    @Test
    void existingNonEmptyFolderIsRefusedAndUntouched() throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve("mine.txt"), "keep");
        Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("pass --overwrite"), r.err());
        assertEquals(List.of("mine.txt"), names(out));
        assertEquals("keep", Files.readString(out.resolve("mine.txt")));
    }

    @Test
    void overwriteReplacesTheFolder() throws Exception {
        assertEquals(0, Cli.execute("run", scenario.toString(), "--out", out.toString(), "--quiet").exitCode());
        Files.writeString(out.resolve("mine.txt"), "old");
        Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString(), "--overwrite", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of(".negsim", "actors.csv", "manifest.json", "rounds.csv", "runs.csv"), names(out));
    }

    @Test
    void overwriteNeverReplacesAFolderNegsimDidNotMake() throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve("mine.txt"), "old");
        Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString(), "--overwrite", "--quiet");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("error: refusing to replace " + out + ": it exists and was not made by negsim (it has no .negsim"
                + " or manifest.json); remove it yourself or give another --out\n", r.err());
        assertEquals(List.of("mine.txt"), names(out));
    }

    @Test
    void outOnARegularFileIsAnInputOutputError() throws Exception {
        Path file = dir.resolve("file.txt");
        Files.writeString(file, "keep");
        Cli.Result r = Cli.execute("run", scenario.toString(), "--out", file.toString(), "--overwrite");
        assertEquals(3, r.exitCode());
        assertEquals("error: " + file + ": exists and is not a folder\n", r.err());
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void missingScenarioFileIsAnInputOutputError() {
        Path missing = dir.resolve("missing.json");
        Cli.Result r = Cli.execute("run", missing.toString(), "--out", out.toString());
        assertEquals(3, r.exitCode());
        assertEquals("error: " + missing + ": no such file or folder\n", r.err());
    }

    @Test
    void verbosePrintsTheStackTraceOfAnError() {
        Cli.Result r = Cli.execute("run", dir.resolve("missing.json").toString(), "--verbose");
        assertEquals(3, r.exitCode());
        assertTrue(r.err().contains("java.nio.file.NoSuchFileException"), r.err());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void summaryNamesEveryStageAndTheResultsFolder() {
        Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("small-call, seed " + Seeds.forRun(2018, 0, 0) + "\n"), r.out());
        assertTrue(r.out().contains("gge (consensus): "), r.out());
        assertTrue(r.out().contains("call (open-declaration): "), r.out());
        assertTrue(r.out().contains("treaty (majority): "), r.out());
        assertTrue(r.out().endsWith("results: " + out + "\n"), r.out());
    }

    @Test
    void sameSeedGivesIdenticalTables() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Cli.execute("run", scenario.toString(), "--out", a.toString(), "--seed", "1", "--quiet");
        Cli.execute("run", scenario.toString(), "--out", b.toString(), "--seed", "1", "--quiet");
        for (String f : List.of("runs.csv", "rounds.csv", "actors.csv")) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
    }
}
