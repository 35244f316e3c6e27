package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negsim.io.CsvFormat;
import org.negsim.stats.MeanInterval;
import org.negsim.stats.WilsonInterval;

/** Measures through the command line: computed in the run, written, summarised, reproduced. */
class MeasuresCommandTest {

    @TempDir
    Path dir;

    private Path scenario;

    @BeforeEach
    void fixture() throws Exception {
        scenario = dir.resolve("three.json");
        try (InputStream in = getClass().getResourceAsStream("/measures/three.json")) {
            Files.copy(in, scenario);
        }
    }

    private static List<CSVRecord> rows(Path csv) throws Exception {
        try (CSVParser p = CSVParser.parse(Files.newBufferedReader(csv), CsvFormat.FORMAT.builder()
                .setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    /** See three.json: τ = 0; A (z = 0.8 − 0.5) joins in round 2, when it becomes available; B (z = −0.9) never. */
    @Test
    void valuesAreTheHandComputedOnesInTheirStagesRowAfterAmbition() throws Exception {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String header = Files.readAllLines(out.resolve("runs.csv")).get(0);
        assertTrue(header.endsWith(",ambition,measure_a,measure_b,measure_frac,measure_gdp,measure_a-round,"
                + "measure_f-round,measure_b-round,measure_yes,measure_no,measure_abst,measure_skipped"), header);
        List<CSVRecord> rows = rows(out.resolve("runs.csv"));
        CSVRecord call = rows.get(0);
        CSVRecord vote = rows.get(1);
        CSVRecord never = rows.get(2);
        assertEquals(List.of("1", "0", "0.6666666666666666", "0.8", "2", "0", ""),
                cells(call, "a", "b", "frac", "gdp", "a-round", "f-round", "b-round"));
        assertEquals(List.of("", "", "", ""), cells(call, "yes", "no", "abst", "skipped"), "other stages' measures");
        // the vote: F yes (0.8 > b), B no, A abstains (unavailable in round 1); of group G nobody votes no
        assertEquals(List.of("1", "0", "1"), cells(vote, "yes", "no", "abst"));
        assertEquals(List.of("", ""), cells(vote, "a", "skipped"));
        assertEquals("FALSE", never.get("executed"));
        assertEquals("FALSE", never.get("success"), "a stage that did not run did not succeed");
        assertEquals("", never.get("measure_skipped"), "empty when the stage did not run");
        assertTrue(r.out().contains("  measure a (joined): 1\n"), r.out());
        assertTrue(r.out().contains("  measure b-round (decision-round): empty (never joined)\n"), r.out());
        assertTrue(r.out().contains("  measure skipped (joined): empty (the stage did not run)\n"), r.out());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"measures\""));
    }

    private static List<String> cells(CSVRecord row, String... ids) {
        List<String> cells = new ArrayList<>();
        for (String id : ids) {
            cells.add(row.get("measure_" + id));
        }
        return cells;
    }

    @Test
    void commandLineMeasuresAddColumnsAndTheirErrorsNameTheOption() throws Exception {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString(), "--quiet",
                "--measure", "states=joined:call:kind=state", "--measure", "g=joined-fraction:call:group=G");
        assertEquals(0, r.exitCode(), r.err());
        CSVRecord call = rows(out.resolve("runs.csv")).get(0);
        assertEquals("2", call.get("measure_states"));
        assertEquals("1.0", call.get("measure_g"));

        Cli.Result bad = Cli.execute("run", scenario.toString(), "--out", dir.resolve("o2").toString(),
                "--measure", "v=yes:call:all");
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertEquals("error: --measure v=yes:call:all (what): \"yes\" needs a vote stage; stage \"call\" is an open "
                + "declaration (use joined, joined-fraction or share)\n", bad.err());
        assertTrue(!Files.exists(dir.resolve("o2")), "nothing is written for an invalid measure");
        Cli.Result dup = Cli.execute("sweep", scenario.toString(), "--out", dir.resolve("o3").toString(),
                "--measure", "a=joined:call:B");
        assertEquals(ExitCodes.USAGE, dup.exitCode());
        assertEquals("error: --measure a=joined:call:B (id): duplicate id \"a\" (first at $.measures[0])\n", dup.err());
    }

    @Test
    void inspectGivesWilsonForZeroOneMeasuresAndTIntervalsOtherwiseAndRunReproducesARow() throws Exception {
        Path out = dir.resolve("sweep");
        Cli.Result s = Cli.execute("sweep", scenario.toString(), "--out", out.toString(), "--quiet",
                "--vary", "behavior.temperature=0.3,1", "--replications", "25", "--threads", "2");
        assertEquals(0, s.exitCode(), s.err());
        Map<String, SummaryStatistics> a = new TreeMap<>();
        Map<String, SummaryStatistics> frac = new TreeMap<>();
        List<CSVRecord> rows = rows(out.resolve("runs.csv"));
        for (CSVRecord row : rows) {
            if (row.get("stage").equals("call")) {
                String t = row.get("behavior.temperature");
                a.computeIfAbsent(t, k -> new SummaryStatistics()).addValue(Double.parseDouble(row.get("measure_a")));
                frac.computeIfAbsent(t, k -> new SummaryStatistics()).addValue(Double.parseDouble(row.get("measure_frac")));
            }
        }
        Cli.Result i = Cli.execute("inspect", out.toString(), "--by", "behavior.temperature", "--measure", "a",
                "--measure", "frac", "--csv");
        assertEquals(0, i.exitCode(), i.err());
        List<String> lines = i.out().lines().toList();
        assertTrue(lines.get(0).endsWith(",measure_a_n,measure_a_mean,measure_a_low,measure_a_high,"
                + "measure_frac_n,measure_frac_mean,measure_frac_low,measure_frac_high"), lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            String t = c[0];
            SummaryStatistics sa = a.get(t);
            WilsonInterval w = WilsonInterval.of(Math.round(sa.getSum()), sa.getN());
            int k = c.length - 8;
            assertEquals(List.of("25", Double.toString(w.rate()), Double.toString(w.low()), Double.toString(w.high())),
                    List.of(c[k], c[k + 1], c[k + 2], c[k + 3]), line);
            SummaryStatistics sf = frac.get(t);
            MeanInterval m = MeanInterval.of(sf.getN(), sf.getMean(), sf.getStandardDeviation());
            assertEquals(25, Long.parseLong(c[k + 4]));
            assertEquals(m.mean(), Double.parseDouble(c[k + 5]), 1e-12);
            assertEquals(m.low(), Double.parseDouble(c[k + 6]), 1e-12);
            assertEquals(m.high(), Double.parseDouble(c[k + 7]), 1e-12);
        }
        Cli.Result text = Cli.execute("inspect", out.toString(), "--by", "behavior.temperature", "--measure", "a");
        assertTrue(text.out().contains("measure a: share of runs in which it is 1"), text.out());
        Cli.Result unknown = Cli.execute("inspect", out.toString(), "--measure", "zz");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().startsWith("error: --measure zz is not a measure of runs.csv; the measures are: a, b,"),
                unknown.err());

        CSVRecord row = rows.get(3 * 31 + 1); // run 31, stage vote
        Path again = dir.resolve("again");
        Cli.Result run = Cli.execute("run", scenario.toString(), "--quiet", "--out", again.toString(), "--seed",
                row.get("seed"), "--set", "behavior.temperature=" + row.get("behavior.temperature"));
        assertEquals(0, run.exitCode(), run.err());
        CSVRecord rerun = rows(again.resolve("runs.csv")).get(1);
        for (String id : List.of("yes", "no", "abst")) {
            assertEquals(row.get("measure_" + id), rerun.get("measure_" + id), id);
        }
        CSVRecord call = rows.get(3 * 31);
        CSVRecord recall = rows(again.resolve("runs.csv")).get(0);
        for (String id : List.of("a", "b", "frac", "gdp", "a-round", "f-round", "b-round")) {
            assertEquals(call.get("measure_" + id), recall.get("measure_" + id), id);
        }
    }
}
