package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep says what it does: --vary replaces the file's vary, the design is printed, one scalar is varied once. */
class SweepDesignTest {

    @TempDir
    Path dir;

    private Path scenario;

    @BeforeEach
    void fixture() throws Exception {
        Path small = Cli.copyFixture("small-call.json", dir);
        String withVary = Files.readString(small).replace("\"experiment\": { \"seed\": 2018, \"replications\": 3 }",
                "\"experiment\": { \"seed\": 2018, \"replications\": 3, \"vary\": {"
                        + " \"behavior.temperature\": { \"values\": [0.05, 0.1, 0.2] },"
                        + " \"behavior.conformity\": { \"values\": [0.1, 0.3] } } }");
        assertTrue(withVary.contains("\"vary\""));
        scenario = dir.resolve("varied.json");
        Files.writeString(scenario, withVary);
    }

    private Cli.Result sweep(String... extra) {
        String[] args = new String[extra.length + 6];
        args[0] = "sweep";
        args[1] = scenario.toString();
        args[2] = "--out";
        args[3] = dir.resolve("out-" + extra.length + "-" + (extra.length > 0 ? extra[0].hashCode() : 0)).toString();
        args[4] = "--threads";
        args[5] = "1";
        System.arraycopy(extra, 0, args, 6, extra.length);
        return Cli.execute(args);
    }

    private static long rows(Path folder) throws Exception {
        return Files.readAllLines(folder.resolve("runs.csv")).size() - 1;
    }

    @Test
    void theFilesVaryRunsWhenNoVaryIsGivenAndTheDesignIsPrintedFirst() throws Exception {
        Cli.Result r = sweep();
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("design: grid design, 6 points × 3 replications = 18 runs\n"
                + "  behavior.temperature = 0.05,0.1,0.2 (3 values, experiment.vary of the file); "
                + "behavior.conformity = 0.1,0.3 (2 values, experiment.vary of the file)\n"), r.err());
    }

    @Test
    void commandLineVaryReplacesTheFilesAndSaysSo() throws Exception {
        Path out = dir.resolve("replaced");
        Cli.Result r = Cli.execute("sweep", scenario.toString(), "--out", out.toString(), "--threads", "1",
                "--vary", "actors[USA].signCost=0:0.5:0.1", "--replications", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("note: --vary replaces the file's experiment.vary (behavior.temperature, "
                + "behavior.conformity); repeat its entries on the command line to keep them\n"
                + "design: grid design, 6 points × 2 replications = 12 runs\n"
                + "  actors[USA].signCost = 0.0:0.5:0.1 (6 values, --vary)\n"), r.err());
        assertEquals(12 * 3, rows(out), "12 runs of three stages, not pooled over the file's 6 points");
        String header = Files.readAllLines(out.resolve("runs.csv")).get(0);
        assertTrue(header.startsWith("run,point,replicate,seed,actors[USA].signCost,stage,"), header);
    }

    @Test
    void quietPrintsNoDesign() {
        Cli.Result r = sweep("--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.err().contains("design:"), r.err());
    }

    @Test
    void oneScalarUnderTwoSpellingsOrOnePathTwiceIsAnErrorNamingBoth() {
        Cli.Result ids = sweep("--vary", "actors[USA].signCost=0,1", "--vary", "actors[kind=state].signCost=0,1");
        assertEquals(ExitCodes.USAGE, ids.exitCode());
        assertEquals("error: --vary actors[kind=state].signCost: addresses a scalar that --vary actors[USA].signCost"
                + " also varies; vary each scalar under one path only\n", ids.err());
        Cli.Result stages = sweep("--vary", "stages[0].concession=0,1", "--vary", "stages[gge].concession=0,1");
        assertEquals(ExitCodes.USAGE, stages.exitCode());
        assertEquals("error: --vary stages[gge].concession: addresses a scalar that --vary stages[0].concession also"
                + " varies; vary each scalar under one path only\n", stages.err());
        Cli.Result twice = sweep("--vary", "behavior.temperature=0,1", "--vary", "behavior.temperature=0.5");
        assertEquals(ExitCodes.USAGE, twice.exitCode());
        assertEquals("error: --vary behavior.temperature: is given twice; give each path once\n", twice.err());
        Cli.Result absent = sweep("--vary", "behavior.selfWeight=1,2", "--vary", "behavior.selfWeight=3");
        assertEquals(ExitCodes.USAGE, absent.exitCode());
        Cli.Result distinct = sweep("--vary", "actors[USA].signCost=0,1", "--vary", "actors[kind=firm].signCost=0,1",
                "--replications", "1", "--quiet");
        assertEquals(0, distinct.exitCode(), distinct.err());
    }
}
