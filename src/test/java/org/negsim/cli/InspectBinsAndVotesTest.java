package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negsim.inspect.ResultsFixture;

/**
 * {@code negsim inspect --bins} on a sampled parameter, one number of decimals per column, the mean
 * votes of a vote stage, and a heading with the values the runs used of a varied rule field.
 */
class InspectBinsAndVotesTest {

    /** An lhs sweep over t in 0..1 (5 runs, one vote stage v) whose rule quota was varied too. */
    private static final String RUNS = """
            run,point,replicate,seed,t,stages[v].rule.quota,stage,rule,executed,success,success_round,yes,no,abstain,joined,ambition
            0,0,0,11,0.7,simple,v,majority,TRUE,TRUE,1,4,0,0,4,0.5
            1,1,0,12,0.2,two-thirds,v,majority,TRUE,FALSE,,2,2,0,2,0.5
            2,2,0,13,0.1,simple,v,majority,TRUE,TRUE,1,3,1,0,3,0.5
            3,3,0,14,0.6,two-thirds,v,majority,TRUE,TRUE,1,3,0,1,3,0.5
            4,4,0,15,1.0,simple,v,majority,TRUE,TRUE,1,4,0,0,4,0.5
            """;

    @TempDir
    Path dir;

    private Path folder() {
        String manifest = ResultsFixture.manifest("lhs", 5, 1, 5).replace("\"vary\": {\"t\": \"0.1,0.2\", \"c\": \"0,1\"}",
                "\"vary\": {\"t\": \"0..1\", \"stages[v].rule.quota\": \"simple,two-thirds\"}");
        return ResultsFixture.write(dir, manifest, RUNS);
    }

    @Test
    void binsAreIntervalsInBinOrderAndEachColumnHasOneNumberOfDecimals() {
        Cli.Result r = Cli.execute("inspect", folder().toString(), "--by", "t", "--bins", "2");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        // bin [0, 0.5): runs 1 and 2; bin [0.5, 1]: runs 0, 3 and 4 (1.0, the range's end, in the last bin)
        assertTrue(lines.get(4).startsWith("[0, 0.5)  "), r.out());
        assertTrue(lines.get(5).startsWith("[0.5, 1]  "), r.out());
        // yes 2,3: mean 2.5, se 0.5 -> 2 decimals; yes 4,3,4: 3.67 (0.33)
        // no 2,1 -> 1.5 (0.5) needs 2 decimals, no 0,0,0 needs 3 (no error): the column has 3
        // abstain 0,0 -> 3 decimals; 1,0,0 -> 0.333 (0.333)
        assertTrue(lines.get(4).endsWith("2.50 (0.50)  1.500 (0.500)  0.000 (0.000)"), lines.get(4));
        assertTrue(lines.get(5).endsWith("3.67 (0.33)  0.000 (0.000)  0.333 (0.333)"), lines.get(5));
        assertTrue(lines.get(3).endsWith("  yes             no        abstain"), lines.get(3));
    }

    @Test
    void headingShowsTheRuleValuesTheRunsUsed() {
        Cli.Result r = Cli.execute("inspect", folder().toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("""
                fixture: lhs design, 5 runs; stage v (majority)
                  the runs used stages[v].rule.quota = simple, two-thirds
                """), r.out());
    }

    @Test
    void csvHasRanAndTheMeanVotes() throws Exception {
        Cli.Result r = Cli.execute("inspect", folder().toString(), "--by", "t", "--bins", "2", "--csv");
        assertEquals(0, r.exitCode(), r.err());
        List<List<String>> lines = csv(r.out());
        List<String> header = lines.get(0);
        assertEquals(List.of("yes_mean", "yes_se", "no_mean", "no_se", "abstain_mean", "abstain_se"),
                header.subList(header.size() - 6, header.size()));
        List<String> low = lines.get(1);
        List<String> high = lines.get(2);
        assertEquals("[0, 0.5)", low.get(0));
        assertEquals("2", low.get(header.indexOf("ran")));
        assertEquals("3", high.get(header.indexOf("ran")));
        assertEquals("2.5", low.get(header.indexOf("yes_mean")));
        assertEquals(11.0 / 3, Double.parseDouble(high.get(header.indexOf("yes_mean"))), 1e-12);
        assertEquals("0.5", low.get(header.indexOf("yes_se")));
    }

    private static List<List<String>> csv(String text) throws java.io.IOException {
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.parse(text,
                org.apache.commons.csv.CSVFormat.RFC4180)) {
            return p.getRecords().stream().map(org.apache.commons.csv.CSVRecord::toList).toList();
        }
    }

    @Test
    void binsWithoutASampledParameterIsAUsageError() {
        Cli.Result r = Cli.execute("inspect", folder().toString(), "--by", "stages[v].rule.quota", "--bins", "3");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--bins 3: none of the --by parameters is sampled from a range"), r.err());
    }
}
