package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table negsim writes loads with the right types in R ({@code read.csv} and
 * {@code readr::read_csv}, no options; runs when {@code NEGSIM_R=1}, which CI sets after
 * {@code scripts/ci/r-up.sh}, and then fails if Rscript or readr is missing) and in pandas (when
 * {@code python3} can import it): TRUE/FALSE logical, counts integer, empty cells NA, seeds exact.
 * The tables: runs.csv, rounds.csv and actors.csv of a run and of a sweep with measures, and the
 * output of {@code inspect --csv}.
 */
class TablesInRAndPandasTest {

    /** A hang guard for one interpreter call, not a timing test. */
    private static final long LIMIT_SECONDS = 300;

    @TempDir
    Path dir;

    private List<String> tables;

    @BeforeEach
    void tables() throws Exception {
        Path scenario = dir.resolve("three.json");
        try (InputStream in = getClass().getResourceAsStream("/measures/three.json")) {
            Files.copy(in, scenario);
        }
        Path small = Cli.copyFixture("small-call.json", dir);
        Path run = dir.resolve("run");
        Path sweep = dir.resolve("sweep");
        assertEquals(0, Cli.execute("run", small.toString(), "--out", run.toString(), "--quiet").exitCode());
        Cli.Result s = Cli.execute("sweep", scenario.toString(), "--out", sweep.toString(), "--quiet",
                "--vary", "behavior.temperature=0.2,1", "--replications", "20", "--record", "rounds,actors");
        assertEquals(0, s.exitCode(), s.err());
        Cli.Result i = Cli.execute("inspect", sweep.toString(), "--by", "behavior.temperature", "--stage", "vote",
                "--measure", "a", "--measure", "frac", "--csv");
        assertEquals(0, i.exitCode(), i.err());
        Path inspect = dir.resolve("inspect.csv");
        Files.writeString(inspect, i.out());
        tables = new ArrayList<>();
        for (Path folder : List.of(run, sweep)) {
            for (String t : List.of("runs.csv", "rounds.csv", "actors.csv")) {
                tables.add(folder.resolve(t).toString());
            }
        }
        tables.add(inspect.toString());
    }

    private Path script(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/r/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static String execute(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command.get(0) + " did not finish in " + LIMIT_SECONDS + " s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void rReadsEveryTableWithTheRightTypes() throws Exception {
        Assumptions.assumeTrue("1".equals(System.getenv("NEGSIM_R")),
                "set NEGSIM_R=1 to load the tables in R (install it with scripts/ci/r-up.sh)");
        List<String> command = new ArrayList<>(List.of("Rscript", "--vanilla", script("check-tables.R").toString()));
        command.addAll(tables);
        String out = execute(command);
        assertEquals(tables.size(), out.lines().filter(l -> l.startsWith("checked ")).count(), out);
    }

    @Test
    void pandasReadsEveryTableWithTheRightTypes() throws Exception {
        boolean pandas;
        try {
            Process p = new ProcessBuilder("python3", "-c", "import pandas").redirectErrorStream(true).start();
            pandas = p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            pandas = false;
        }
        Assumptions.assumeTrue(pandas, "python3 with pandas is not available");
        List<String> command = new ArrayList<>(List.of("python3", script("check-tables.py").toString()));
        command.addAll(tables);
        String out = execute(command);
        assertEquals(tables.size(), out.lines().filter(l -> l.startsWith("checked ")).count(), out);
    }
}
