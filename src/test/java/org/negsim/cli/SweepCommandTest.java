package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code negsim sweep} end to end: determinism, reproduction of rows, resume, refusals. */
class SweepCommandTest {

    private static final String SCENARIO = Path.of("scenarios", "paris-call-2018.json").toString();
    private static final String[] TABLES = {"runs.csv", "rounds.csv", "actors.csv"};

    @TempDir
    Path dir;

    private static Cli.Result sweep(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("sweep", SCENARIO, "--out", out.toString(), "--quiet"));
        args.addAll(List.of(options));
        return Cli.execute(args.toArray(new String[0]));
    }

    private static void assertSameTables(Path expected, Path actual) throws Exception {
        for (String table : TABLES) {
            Path e = expected.resolve(table);
            if (Files.exists(e)) {
                assertArrayEquals(Files.readAllBytes(e), Files.readAllBytes(actual.resolve(table)), table);
            } else {
                assertFalse(Files.exists(actual.resolve(table)), table);
            }
        }
    }

    @Test
    void oneAndTwoThreadsWriteIdenticalFiles() throws Exception {
        String[] options = {"--replications", "3", "--record", "rounds,actors"};
        Cli.Result one = sweep(dir.resolve("one"), concat(options, "--threads", "1"));
        assertEquals(0, one.exitCode(), one.err());
        Cli.Result two = sweep(dir.resolve("two"), concat(options, "--threads", "2"));
        assertEquals(0, two.exitCode(), two.err());
        assertSameTables(dir.resolve("one"), dir.resolve("two"));
        List<String> runs = Files.readAllLines(dir.resolve("one").resolve("runs.csv"));
        assertEquals(1 + 9 * 3, runs.size(), "a 3×3 grid with 3 replications, one stage");
        assertTrue(runs.get(0).startsWith("run,point,replicate,seed,behavior.temperature,behavior.conformity,stage,"));
    }

    @Test
    void aRowIsReproducedByRunWithItsSeedAndValues() throws Exception {
        Cli.Result r = sweep(dir.resolve("s"), "--replications", "2", "--design", "lhs", "--samples", "4",
                "--vary", "behavior.temperature=0.01..0.3", "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("s").resolve("runs.csv"));
        String row = rows.get(6);
        String[] cells = row.split(",", -1);
        Cli.Result run = Cli.execute("run", SCENARIO, "--out", dir.resolve("one").toString(), "--quiet",
                "--seed", cells[3], "--set", "behavior.temperature=" + cells[4]);
        assertEquals(0, run.exitCode(), run.err());
        String single = Files.readAllLines(dir.resolve("one").resolve("runs.csv")).get(1);
        // the single run is run 0 of point 0; everything after those three cells must match
        assertEquals(row.substring(row.indexOf(',', row.indexOf(',', row.indexOf(',') + 1) + 1)),
                single.substring(single.indexOf(',', single.indexOf(',', single.indexOf(',') + 1) + 1)));
    }

    @Test
    void resumeAfterATornWriteEndsWithTheUninterruptedFiles() throws Exception {
        String[] options = {"--replications", "4", "--record", "rounds,actors", "--threads", "2"};
        assertEquals(0, sweep(dir.resolve("whole"), options).exitCode());
        Path cut = dir.resolve("cut");
        assertEquals(0, sweep(cut, options).exitCode());
        // simulate a crash: runs.csv loses its last 10.5 rows, rounds.csv keeps rows beyond, actors.csv is torn
        chop(cut.resolve("runs.csv"), 1000);
        chop(cut.resolve("actors.csv"), 77);
        Cli.Result resumed = sweep(cut, concat(options, "--resume"));
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertSameTables(dir.resolve("whole"), cut);
    }

    @Test
    void resumeRefusesAnotherSweep() throws Exception {
        Path out = dir.resolve("s");
        assertEquals(0, sweep(out, "--replications", "2").exitCode());
        byte[] before = Files.readAllBytes(out.resolve("runs.csv"));
        Cli.Result r = sweep(out, "--replications", "3", "--resume");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: cannot resume the sweep in"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertArrayEquals(before, Files.readAllBytes(out.resolve("runs.csv")), "untouched");
    }

    @Test
    void resumeRefusesAFolderThatIsNotASweep() throws Exception {
        Path out = dir.resolve("other");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        Cli.Result r = sweep(out, "--replications", "1", "--resume");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("has no manifest.json"), r.err());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void anExistingFolderIsRefusedWithoutResumeOrOverwrite() throws Exception {
        Path out = dir.resolve("s");
        assertEquals(0, sweep(out, "--replications", "1").exitCode());
        Cli.Result r = sweep(out, "--replications", "1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--resume"), r.err());
        assertEquals(0, sweep(out, "--replications", "1", "--overwrite").exitCode());
    }

    @Test
    void threadsBeyondReasonAndBadVaryAreUsageErrors() {
        Cli.Result threads = sweep(dir.resolve("t"), "--threads", "100000");
        assertEquals(2, threads.exitCode());
        assertTrue(threads.err().contains("--threads must be between 1 and"), threads.err());
        Cli.Result path = sweep(dir.resolve("p"), "--vary", "behavior.temprature=0.1,0.2");
        assertEquals(2, path.exitCode());
        assertTrue(path.err().contains("temprature"), path.err());
        Cli.Result samples = sweep(dir.resolve("g"), "--samples", "0");
        assertEquals(2, samples.exitCode());
        assertTrue(samples.err().contains("--samples: applies to random, lhs and sobol designs only"), samples.err());
        Cli.Result value = sweep(dir.resolve("v"), "--vary", "behavior.temperature=-1,0.1");
        assertEquals(2, value.exitCode());
        assertTrue(value.err().contains("must be >= 0"), value.err());
        assertFalse(Files.exists(dir.resolve("v")), "nothing is created for an invalid sweep");
        Cli.Result kind = sweep(dir.resolve("k"), "--vary", "actors[MSFT].kind=firm,company");
        assertEquals(2, kind.exitCode());
        assertTrue(kind.err().contains("changes the scenario's actor kinds or weight names"), kind.err());
    }

    @Test
    void shardsPartitionTheRuns() throws Exception {
        assertEquals(0, sweep(dir.resolve("all"), "--replications", "2").exitCode());
        List<String> all = Files.readAllLines(dir.resolve("all").resolve("runs.csv"));
        List<String> union = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Path shard = dir.resolve("shard-" + k);
            assertEquals(0, sweep(shard, "--replications", "2", "--shard", k + "/3").exitCode());
            List<String> rows = Files.readAllLines(shard.resolve("runs.csv"));
            assertEquals(all.get(0), rows.get(0));
            for (String row : rows.subList(1, rows.size())) {
                assertEquals(k, Long.parseLong(row.substring(0, row.indexOf(','))) % 3);
                union.add(row);
            }
        }
        union.sort((a, b) -> Long.compare(Long.parseLong(a.substring(0, a.indexOf(','))),
                Long.parseLong(b.substring(0, b.indexOf(',')))));
        assertEquals(all.subList(1, all.size()), union);
    }

    /**
     * Kills a real sweep process with SIGKILL 20 times, resuming each time, then finishes it: the
     * files must equal those of an uninterrupted sweep byte for byte. Each kill comes a seeded
     * random 0-100 ms after the process has visibly made progress (runs.csv grew) — or, before its
     * tables exist, a random 0-400 ms after it started — so that the kills land at random moments of
     * the writing, not only during JVM start-up, however fast the machine.
     */
    @Test
    void resumeAfterKillingARealProcessTwentyTimes() throws Exception {
        String[] options = {"--replications", "150", "--record", "rounds,actors", "--threads", "2"};
        Path whole = dir.resolve("whole");
        assertEquals(0, sweep(whole, options).exitCode());
        Path killed = dir.resolve("killed");
        MersenneTwisterFast random = new MersenneTwisterFast(2018);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int kills = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    "org.negsim.cli.Main", "sweep", SCENARIO, "--out", killed.toString(), "--quiet", "--resume"));
            command.addAll(List.of(options));
            long before = size(killed.resolve("runs.csv"));
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long started = System.nanoTime();
            boolean startUpKill = attempt % 5 == 0; // every fifth kill lands in start-up or table creation
            long extra = startUpKill ? random.nextInt(400) : random.nextInt(100);
            while (p.isAlive()) {
                boolean progressed = size(killed.resolve("runs.csv")) > before;
                long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
                if ((startUpKill && elapsedMillis >= extra) || (progressed && !startUpKill)
                        || elapsedMillis > 60_000) {
                    if (!startUpKill) {
                        Thread.sleep(extra);
                    }
                    break;
                }
                Thread.sleep(5);
            }
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();
                kills++;
            } else {
                assertEquals(0, p.waitFor(), "a sweep that finished before its kill must succeed");
            }
        }
        assertTrue(kills >= 15, "most attempts should be killed mid-sweep, were " + kills);
        Cli.Result last = sweep(killed, concat(options, "--resume"));
        assertEquals(0, last.exitCode(), last.err());
        assertSameTables(whole, killed);
    }

    private static long size(Path file) throws Exception {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    private static void chop(Path file, long bytes) throws Exception {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.truncate(c.size() - bytes);
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
