package org.negsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.negsim.cli.Cli;

/** A {@code pivotal} measure counts exactly the selected actors whose actors.csv row says pivotal. */
class PivotalMeasuresTest {

    @TempDir
    Path dir;

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    @ParameterizedTest
    @CsvSource({"scenarios/eu-copyright-2019.json, council-vote", "scenarios/paris-call-2018.json, paris-call",
        "scenarios/unga-cyber-2018.json, ''"})
    void theMeasureIsTheCountOfThePivotalColumn(String scenario, String stageOrEmpty) throws Exception {
        Path out = dir.resolve("r");
        String stage = stageOrEmpty;
        if (stage == null || stage.isEmpty()) {
            stage = read(runOnce(scenario, out)).get(0).get("stage");
            Files.walk(out).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Cli.Result r = Cli.execute("run", scenario, "--out", out.toString(), "--quiet", "--seed", "3",
                "--measure", "piv=pivotal:" + stage + ":all", "--measure", "pivstates=pivotal:" + stage + ":kind=state");
        assertEquals(0, r.exitCode(), r.err());
        long all = 0;
        long states = 0;
        for (CSVRecord a : read(out.resolve("actors.csv"))) {
            if (a.get("stage").equals(stage) && a.get("pivotal").equalsIgnoreCase("true")) {
                all++;
                states += a.get("kind").equals("state") ? 1 : 0;
            }
        }
        CSVRecord row = read(out.resolve("runs.csv")).stream().filter(x -> x.get("stage").equals(
                stageOrEmpty == null || stageOrEmpty.isEmpty() ? x.get("stage") : stageOrEmpty)).findFirst().orElseThrow();
        assertEquals(Long.toString(all), row.get("measure_piv"));
        assertEquals(Long.toString(states), row.get("measure_pivstates"));
        Cli.Result again = Cli.execute("run", scenario, "--out", dir.resolve("s").toString(), "--seed", "3",
                "--measure", "piv=pivotal:" + stage + ":all");
        assertTrue(again.out().contains("measure piv (pivotal): " + all), again.out());
    }

    private Path runOnce(String scenario, Path out) {
        assertEquals(0, Cli.execute("run", scenario, "--out", out.toString(), "--quiet", "--seed", "3").exitCode());
        return out.resolve("runs.csv");
    }
}
