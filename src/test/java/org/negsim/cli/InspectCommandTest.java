package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negsim.inspect.ResultsFixture;

/** {@code negsim inspect} end to end, on hand-written folders and on real sweeps. */
class InspectCommandTest {

    private static final String PARIS = Path.of("scenarios", "paris-call-2018.json").toString();

    /** Temperature matters (success from about 70 % to 100 %), the narrow sign-cost range hardly. */
    private static Path sobolMatters;
    /** The same sweep with sign costs 0 to 0.3: every run succeeds. */
    private static Path sobolConstant;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void sweeps() {
        sobolMatters = sobol(shared.resolve("matters"), "actors[kind=state].signCost=0.45..0.5");
        sobolConstant = sobol(shared.resolve("constant"), "actors[kind=state].signCost=0..0.3");
    }

    private static Path sobol(Path out, String signCost) {
        Cli.Result r = Cli.execute("sweep", PARIS, "--design", "sobol", "--samples", "64",
                "--vary", "behavior.temperature=0.01..0.5", "--vary", signCost, "--vary", "behavior.conformity=0.1,0.2,0.3", "--replications", "2",
                "--threads", "2", "--quiet", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    @Test
    void csvHasTheExactHeaderAndRows() {
        Cli.Result r = Cli.execute("inspect", ResultsFixture.twoStage(dir).toString(), "--by", "t", "--by", "c",
                "--stage", "call", "--csv");
        assertEquals(0, r.exitCode(), r.err());
        // Wilson 1 of 2: [0.0945, 0.9055]; 2 of 2: [0.3424, 1]; 0 of 2: [0, 0.6576]. Standard errors need two values.
        assertEquals("""
                t,c,runs,success_rate,success_low,success_high,ran,success_round_mean,success_round_se,joined_mean,\
                joined_se,ambition_mean,ambition_se
                0.1,0,2,0.5,0.09453120573423074,0.9054687942657693,2,2.0,,4.0,1.0,0.5,0.0
                0.1,1,2,0.5,0.09453120573423074,0.9054687942657693,1,4.0,,7.0,,0.5,
                0.2,0,2,1.0,0.34238022750665303,1.0,2,2.0,1.0,6.0,0.0,0.75,0.0
                0.2,1,2,0.0,0.0,0.6576197724933469,0,,,,,,
                """, r.out());
        assertEquals("", r.err());
    }

    @Test
    void readableTableIsAlignedWithPercentagesWhateverTheLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Cli.Result r = Cli.execute("inspect", ResultsFixture.twoStage(dir).toString());
            assertEquals(0, r.exitCode(), r.err());
            // 4 of 8 succeed: Wilson [0.2152, 0.7848]; success_round 2, 4, 1, 3: mean 2.5, se √(5/3)/2 = 0.645
            assertEquals("""
                    fixture: grid design, 8 runs; stage call (open-declaration)

                    runs  ran  success  95 % interval  success_round       joined       ambition
                       8    5   50.0 %  21.5 - 78.5 %    2.50 (0.65)  5.40 (0.68)  0.600 (0.061)
                    success: the stage ran and met its success conditions (95 % Wilson interval); ran: it ran.
                    Means (standard errors): success_round over the successful runs, joined and ambition
                    over the runs in which the stage ran.
                    """, r.out());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void stageOptionPicksTheStage() {
        Cli.Result r = Cli.execute("inspect", ResultsFixture.twoStage(dir).toString(), "--stage", "gge", "--csv");
        assertEquals(0, r.exitCode(), r.err());
        // 3 of 8 (runs 2, 6, 7) in rounds 1, 2, 3: mean 2, se 1/√3; joined 2,2,4,3,1,2,4,4: mean 2.75,
        // squares 3·0.5625 + 3·1.5625 + 0.0625 + 3.0625 = 9.5, variance 9.5/7, se √(9.5/7/8) = 0.41188
        assertTrue(r.out().endsWith("\n8,0.375,0.13684428582359742,0.6942576053973727,8,2.0,0.5773502691896258,"
                + "2.75,0.411877235523957,0.25,0.0\n"), r.out());
    }

    @Test
    void secondStageThatSometimesDoesNotRunCountsAsFailure() throws Exception {
        Path scenario = Cli.copyFixture("small-call.json", dir);
        Path out = dir.resolve("sweep");
        Cli.Result s = Cli.execute("sweep", scenario.toString(), "--vary", "behavior.temperature=0.05,0.3,1",
                "--replications", "10", "--threads", "2", "--quiet", "--out", out.toString());
        assertEquals(0, s.exitCode(), s.err());
        // Count independently: per temperature, call rows that ran and succeeded, and rows that did not run.
        Map<String, int[]> counts = new HashMap<>();
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[header.indexOf("stage")].equals("call")) {
                int[] c = counts.computeIfAbsent(cells[header.indexOf("behavior.temperature")], k -> new int[3]);
                c[0]++;
                c[1] += cells[header.indexOf("executed")].equals("TRUE") ? 0 : 1;
                c[2] += cells[header.indexOf("success")].equals("TRUE") ? 1 : 0;
            }
        }
        assertTrue(counts.values().stream().anyMatch(c -> c[1] > 0), "the call does not run in some runs");
        Cli.Result r = Cli.execute("inspect", out.toString(), "--stage", "call", "--by", "behavior.temperature",
                "--csv");
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = r.out().lines().toList();
        assertEquals(4, rows.size());
        for (String row : rows.subList(1, 4)) {
            String[] cells = row.split(",", -1);
            int[] c = counts.get(cells[0]);
            assertEquals(Integer.toString(c[0]), cells[1]);
            assertEquals((double) c[2] / c[0], Double.parseDouble(cells[2]), 1e-15, row);
        }
        Cli.Result last = Cli.execute("inspect", out.toString());
        assertTrue(last.out().contains("stage treaty (majority)"), last.out());
    }

    @Test
    void sobolIndicesShowWhichParameterMatters() {
        Cli.Result r = Cli.execute("inspect", sobolMatters.toString(), "--csv");
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = r.out().lines().toList();
        assertEquals("parameter,first_order,total_order,first_low,first_high,total_low,total_high", rows.get(0));
        Map<String, Double> total = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            total.put(cells[0].replace("\"", ""), Double.parseDouble(cells[2]));
        }
        assertEquals(3, total.size(), "three varied parameters");
        double temperature = total.get("behavior.temperature");
        assertTrue(temperature > 0.5, r.out());
        assertTrue(temperature > 5 * total.get("actors[kind=state].signCost"), r.out());
        assertTrue(temperature > 5 * total.get("behavior.conformity"), r.out());
        assertEquals(r.out(), Cli.execute("inspect", sobolMatters.toString(), "--csv").out(), "reproducible");

        Cli.Result text = Cli.execute("inspect", sobolMatters.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().startsWith("paris-call-2018: sobol design, 640 runs; stage paris-call"), text.out());
        assertTrue(text.out().contains("\nSobol indices of the success rate (320 design points x 2 runs"), text.out());
        assertTrue(text.out().contains("\nbehavior.temperature "), text.out());
    }

    @Test
    void edgeSuccessRateThatNeverVariesHasUndefinedIndices() {
        Cli.Result r = Cli.execute("inspect", sobolConstant.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("the success rate is 100.0 % at every design point: it does not vary, so the "
                + "Sobol indices are undefined."), r.out());
        assertTrue(!r.out().contains("NaN"), r.out());
        Cli.Result csv = Cli.execute("inspect", sobolConstant.toString(), "--csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().contains("\nbehavior.temperature,,,,,,\n"), csv.out());
        assertTrue(csv.err().startsWith("note: the success rate is 100.0 % at every design point"), csv.err());
    }

    @Test
    void incompleteSobolSweepIsRefused() throws Exception {
        Path copy = dir.resolve("partial");
        Files.createDirectories(copy);
        String manifest = Files.readString(sobolMatters.resolve("manifest.json"));
        Files.writeString(copy.resolve("manifest.json"),
                manifest.replaceFirst("\"endTime\": \"[^\"]*\"", "\"endTime\": null"));
        List<String> lines = Files.readAllLines(sobolMatters.resolve("runs.csv"));
        Files.writeString(copy.resolve("runs.csv"), String.join("\n", lines.subList(0, 301)) + "\n");
        Cli.Result r = Cli.execute("inspect", copy.toString());
        assertEquals(2, r.exitCode());
        assertEquals("error: the sweep is incomplete: 300 of 640 runs; resume it first\n", r.err());
        assertEquals("", r.out());

        Cli.Result byTemperature = Cli.execute("inspect", copy.toString(), "--by", "behavior.conformity");
        assertEquals(0, byTemperature.exitCode(), byTemperature.err());
        assertEquals("note: the sweep is incomplete: 300 of 640 runs; the table covers the runs written so far\n",
                byTemperature.err());
    }

    @Test
    void unknownStageAndByAreUsageErrors() {
        Path folder = ResultsFixture.twoStage(dir);
        Cli.Result stage = Cli.execute("inspect", folder.toString(), "--stage", "treaty");
        assertEquals(2, stage.exitCode());
        assertEquals("error: unknown stage \"treaty\"; the stages are: gge, call\n", stage.err());
        Cli.Result by = Cli.execute("inspect", folder.toString(), "--by", "temperature");
        assertEquals(2, by.exitCode());
        assertEquals("error: --by temperature is not a parameter column of runs.csv; the parameter columns are: t, c\n",
                by.err());
    }

    @Test
    void missingFolderAndRunsAreInputErrorsNamingTheFile() throws Exception {
        Cli.Result none = Cli.execute("inspect", dir.resolve("none").toString());
        assertEquals(3, none.exitCode());
        assertEquals("error: " + dir.resolve("none") + ": no such file or folder\n", none.err());
        Path folder = ResultsFixture.twoStage(dir.resolve("f"));
        Files.delete(folder.resolve("runs.csv"));
        Cli.Result runs = Cli.execute("inspect", folder.toString());
        assertEquals(3, runs.exitCode());
        assertEquals("error: " + folder.resolve("runs.csv") + ": no such file or folder\n", runs.err());
    }

    @Test
    void malformedRunsIsADamagedResultsErrorWithTheLine() {
        Path folder = ResultsFixture.write(dir, ResultsFixture.manifest("grid", 4, 2, 8),
                ResultsFixture.TWO_STAGE_RUNS.replace("4,2,0,15,0.2,0,call,open-declaration,true,true,1,6,0.75",
                        "4,2,0,15,0.2,0,call,open-declaration,maybe,true,1,6,0.75"));
        Cli.Result r = Cli.execute("inspect", folder.toString());
        assertEquals(2, r.exitCode());
        assertEquals("error: " + folder.resolve("runs.csv")
                + " line 11: column executed: expected TRUE or FALSE, was \"maybe\"\n", r.err());
    }

    @Test
    void helpListsTheOptionsAndExitCodes() {
        Cli.Result r = Cli.execute("inspect", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("--by=PATH"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }
}
