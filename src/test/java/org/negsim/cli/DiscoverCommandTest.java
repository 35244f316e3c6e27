package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoverCommandTest {

    @TempDir
    static Path dir;

    static Path planted;

    /** 2000 rows: of interest exactly when 0.2 ≤ a ≤ 0.6 and b ≥ 0.5; c is irrelevant, colour a label. */
    @BeforeAll
    static void writePlanted() throws IOException {
        MersenneTwisterFast rng = new MersenneTwisterFast(42);
        StringBuilder csv = new StringBuilder("a,b,c,colour,hit,score\n");
        for (int i = 0; i < 2000; i++) {
            double a = rng.nextDouble();
            double b = rng.nextDouble();
            double c = rng.nextDouble();
            boolean hit = a >= 0.2 && a <= 0.6 && b >= 0.5;
            csv.append(a).append(',').append(b).append(',').append(c).append(',')
                    .append(new String[] {"red", "green"}[rng.nextInt(2)]).append(',')
                    .append(hit ? "TRUE" : "FALSE").append(',').append(hit ? 0.9 : 0.1).append('\n');
        }
        planted = dir.resolve("planted.csv");
        Files.writeString(planted, csv);
    }

    @Test
    void plantedBoxFromACsv() {
        Cli.Result r = Cli.execute("discover", planted.toString(), "--outcome", "hit", "--inputs", "a,b,c,colour");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("<- chosen"), r.out());
        String box = r.out().substring(r.out().indexOf("Chosen box"));
        assertTrue(box.contains("\n  a ") && box.contains("\n  b "), box);
        assertFalse(box.contains("\n  c ") || box.contains("colour"), box);
    }

    @Test
    void whereSelectsNumericCases() {
        Cli.Result bool = Cli.execute("discover", planted.toString(), "--outcome", "hit", "--inputs", "a,b,c");
        Cli.Result num = Cli.execute("discover", planted.toString(), "--outcome", "score", "--where", ">=0.5",
                "--inputs", "a,b,c");
        assertEquals(0, num.exitCode(), num.err());
        assertEquals(bool.out().replace("hit = true", "X"), num.out().replace("score >= 0.5", "X"));
    }

    @Test
    void outWritesTheTablesAndTheChartAndRefusesToOverwrite() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.execute("discover", planted.toString(), "--outcome", "hit", "--inputs", "a,b,c", "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<CSVRecord> trajectory = read(out.resolve("trajectory.csv"));
        assertEquals(List.of("box", "coverage", "density", "mass", "restricted"), trajectory.get(0).toList());
        assertEquals(List.of("0", "1.0"), trajectory.get(1).toList().subList(0, 2));
        List<CSVRecord> limits = read(out.resolve("limits.csv"));
        assertEquals(List.of("box", "input", "low", "high"), limits.get(0).toList());
        byte[] png = Files.readAllBytes(out.resolve("tradeoff.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);

        Cli.Result again = Cli.execute("discover", planted.toString(), "--outcome", "hit", "--inputs", "a,b,c", "--out",
                out.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("--overwrite"), again.err());
        assertEquals(0, Cli.execute("discover", planted.toString(), "--outcome", "hit", "--inputs", "a,b,c", "--out",
                out.toString(), "--overwrite").exitCode());
    }

    @Test
    void categoricalAndIntegerLimitsInLimitsCsv() throws IOException {
        MersenneTwisterFast rng = new MersenneTwisterFast(9);
        StringBuilder csv = new StringBuilder("a,colour,k,hit\n");
        for (int i = 0; i < 1500; i++) {
            double a = rng.nextDouble();
            String colour = new String[] {"red", "green", "blue"}[rng.nextInt(3)];
            int k = rng.nextInt(10);
            csv.append(a).append(',').append(colour).append(',').append(k).append(',')
                    .append(a >= 0.5 && colour.equals("green") && k >= 3).append('\n');
        }
        Path f = dir.resolve("kinds.csv");
        Files.writeString(f, csv);
        Path out = dir.resolve("kinds");
        Cli.Result r = Cli.execute("discover", f.toString(), "--outcome", "hit", "--inputs", "a,colour,k", "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("colour (categorical, 3 categories), k (integer 0..9)"), r.out());
        String chosen = r.out().substring(r.out().indexOf("Chosen box ") + "Chosen box ".length());
        String box = chosen.substring(0, chosen.indexOf(':'));
        List<CSVRecord> limits = read(out.resolve("limits.csv"));
        List<List<String>> rows = limits.stream().map(CSVRecord::toList).filter(l -> l.get(0).equals(box)).toList();
        assertTrue(rows.contains(List.of(box, "colour", "green", "green")), rows.toString());
        assertTrue(rows.contains(List.of(box, "k", "3", "9")), rows.toString());
    }

    @Test
    void sameInputSameOutput() {
        String[] args = {"discover", planted.toString(), "--outcome", "hit", "--inputs", "a,b,c,colour"};
        assertEquals(Cli.execute(args).out(), Cli.execute(args).out());
    }

    @Test
    void unknownColumnIsNamed() {
        Cli.Result r = Cli.execute("discover", planted.toString(), "--outcome", "hit", "--inputs", "a,zz");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: --inputs zz: no such column; the columns are: a, b, c"), r.err());
        r = Cli.execute("discover", planted.toString(), "--outcome", "nope", "--inputs", "a");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--outcome nope: no such column"), r.err());
    }

    @Test
    void constantOutcomeAndNoCaseOfInterestAreRefused() throws IOException {
        Path f = dir.resolve("constant.csv");
        Files.writeString(f, "x,y\n1,true\n2,true\n3,true\n");
        Cli.Result r = Cli.execute("discover", f.toString(), "--outcome", "y", "--inputs", "x");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("the outcome is constant: y = true holds in all 3 rows"), r.err());
        r = Cli.execute("discover", planted.toString(), "--outcome", "score", "--where", ">2", "--inputs", "a");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no case of interest: score > 2 holds in none of the 2000 rows"), r.err());
    }

    @Test
    void nonNumericInputIsNamedWithItsLine() throws IOException {
        Path f = dir.resolve("mixed.csv");
        Files.writeString(f, "x,y\n1,true\n2,false\nabc,true\n");
        Cli.Result r = Cli.execute("discover", f.toString(), "--outcome", "y", "--inputs", "x");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("line 4: input x is not a number: \"abc\""), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void nonBooleanOutcomeAsksForWhere() {
        Cli.Result r = Cli.execute("discover", planted.toString(), "--outcome", "score", "--inputs", "a");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("line 2: outcome score is \"0.")
                && r.err().contains("not true or false") && r.err().contains("--where"),
                r.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, Cli.execute("discover", planted.toString(), "--outcome", "hit").exitCode());
        assertEquals(2, Cli.execute("discover", planted.toString(), "--outcome", "hit", "--inputs", "a",
                "--peel-alpha", "0").exitCode());
        assertEquals(2, Cli.execute("discover", planted.toString(), "--outcome", "hit", "--inputs", "a",
                "--box", "999").exitCode());
        assertEquals(2, Cli.execute("discover", planted.toString(), "--outcome", "hit", "--inputs", "a",
                "--stage", "x").exitCode());
        assertEquals(3, Cli.execute("discover", dir.resolve("missing.csv").toString(), "--outcome", "hit").exitCode());
    }

    @Test
    void aSweepsVariedParametersAreTheDefaultInputs() throws IOException {
        Path sweep = dir.resolve("sweep");
        Cli.Result s = Cli.execute("sweep", "scenarios/paris-call-2018.json", "--design", "lhs", "--samples", "40",
                "--replications", "1", "--vary", "actors[kind=state].signCost=0..0.8", "--vary",
                "behavior.temperature=0.01..0.2", "--out", sweep.toString(), "--quiet");
        assertEquals(0, s.exitCode(), s.err());
        Cli.Result r = Cli.execute("discover", sweep.toString(), "--outcome", "success");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("PRIM on paris-call-2018, stage paris-call: 40 rows"), r.out());
        assertTrue(r.out().contains("behavior.temperature (real") && r.out().contains("inputs: actors[kind=state].signCost (real"),
                r.out());
        Cli.Result bad = Cli.execute("discover", sweep.toString(), "--outcome", "success", "--stage", "nope");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--stage nope: no such stage; the stages are: paris-call"), bad.err());

        Path html = dir.resolve("report.html");
        assertEquals(0, Cli.execute("report", sweep.toString(), "--out", html.toString(), "--quiet").exitCode());
        String page = Files.readString(html);
        assertTrue(page.contains("<h2 id=\"where-it-signs\">Where it signs</h2>"), "no section");
        String box = r.out().substring(r.out().indexOf("Chosen box ") + "Chosen box ".length());
        assertTrue(page.contains("<p>Box " + box.substring(0, box.indexOf(':')) + " of the trajectory"), page);
    }

    @Test
    void aSingleRunsReportHasNoWhereItSignsSection() throws IOException {
        Path run = dir.resolve("run");
        assertEquals(0, Cli.execute("run", "scenarios/paris-call-2018.json", "--out", run.toString(), "--quiet").exitCode());
        Path html = dir.resolve("run.html");
        assertEquals(0, Cli.execute("report", run.toString(), "--out", html.toString(), "--quiet").exitCode());
        assertFalse(Files.readString(html).contains("where-it-signs"));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }
}
