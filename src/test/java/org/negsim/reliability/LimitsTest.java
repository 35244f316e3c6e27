package org.negsim.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negsim.cli.HeapCheck;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioLoader;

/**
 * The documented limits, each refused with a clear one-line message before anything is written:
 * the file size, the nesting depth, a run estimated not to fit in the heap (with -Xmx advice), and,
 * as a last resort, running out of memory anyway (one line, exit 1, no stack trace).
 */
class LimitsTest {

    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ScenarioLoader.MAX_FILE_BYTES + 1); // sparse: no disk space used
        }
        String message = "$: file is 2147483649 bytes, over the limit of 2147483648 bytes";
        Negsim.assertRefused(Negsim.execute("validate", huge.toString()), 2, message);
        Negsim.assertRefused(Negsim.execute("run", huge.toString(), "--out", dir.resolve("out").toString()), 2, message);
        assertEquals(List.of("huge.json"), Negsim.names(dir));
    }

    @Test
    void edgeAFileOfExactlyTheLimitIsReadNotRefusedForItsSize() throws Exception {
        Path limit = dir.resolve("limit.json");
        try (RandomAccessFile f = new RandomAccessFile(limit.toFile(), "rw")) {
            f.setLength(ScenarioLoader.MAX_FILE_BYTES); // all zero bytes: read, and refused for what it holds
        }
        Negsim.Result r = Negsim.execute("validate", limit.toString());
        assertEquals(2, r.exitCode(), r.printed());
        assertFalse(r.err().contains("over the limit"), r.printed());
        assertEquals(1, r.err().lines().count(), r.printed());
    }

    @Test
    void nestingAHundredThousandLevelsDeepIsRefusedWithoutStackOverflow() throws Exception {
        Path deep = dir.resolve("deep.json");
        int depth = 100_000;
        Files.writeString(deep, "{\"name\": " + "[".repeat(depth) + "]".repeat(depth) + "}");
        Negsim.Result r = Negsim.execute("validate", deep.toString());
        assertEquals(2, r.exitCode(), r.printed());
        assertTrue(r.err().endsWith(": invalid JSON at line 1, column 74: nesting deeper than 64 levels\n"), r.printed());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void heapEstimateOfMinimalIsTheDocumentedSum() throws Exception {
        Path file = Negsim.resource("valid/minimal.json");
        long bytes = Files.size(file);
        Scenario s = ScenarioLoader.load(file);
        // 2 actors, 1 issue, 1 kind, no weights, 1 stage of 3 rounds
        long engine = 2 * (24 + 0 + 128);
        long rounds = (3 + 1) * (6 + 1 + 0 + 1) * 12;
        long actors = 1 * 2 * (8 + 1) * 12;
        long runs = 1 * (20 + 1 + 0 + 1) * 12;
        assertEquals((32 << 20) + 8 * bytes + engine + 3 * (rounds + actors + runs),
                HeapCheck.estimate(bytes, s, 1, 1, true, true));
        // a sweep on 2 threads recording rounds: 1 + 2 copies of the tree, 2 engines, 8 buffered runs
        assertEquals((32 << 20) + 3 * 8 * bytes + 2 * engine + 8 * 3 * (rounds + runs),
                HeapCheck.estimate(bytes, s, 2, 8, true, false));
        // without varied parameters the 2 workers share the one bound scenario: 1 copy of the tree
        assertEquals((32 << 20) + 8 * bytes + 2 * engine + 8 * 3 * (rounds + runs),
                HeapCheck.estimate(bytes, HeapCheck.TREE_BYTES_PER_FILE_BYTE, s, 2, 0, 8, true, false));
    }

    @Test
    void heapMessageSuggestsAQuarterMoreInWholeGigabytesOrMegabytes() {
        assertEquals("this run needs about 3072 MB of heap; the JVM has 1024 MB; rerun with JAVA_OPTS=-Xmx4g"
                + " (or use fewer actors)", HeapCheck.message("this run", 3L << 30, 1L << 30, "fewer actors"));
        assertEquals("625m", HeapCheck.suggestXmx(500 * MB));
        assertEquals("1000m", HeapCheck.suggestXmx(800 * MB), "edge: just under 1 GB stays in MB");
        assertEquals("2g", HeapCheck.suggestXmx(820 * MB), "1025 MB is rounded up to whole GB");
        assertEquals("this run needs about 8796093022208 MB of heap; the JVM has 1024 MB; use fewer actors",
                HeapCheck.message("this run", Long.MAX_VALUE, 1L << 30, "fewer actors"),
                "edge: beyond a petabyte no -Xmx is suggested");
    }

    /** Two hundred stages of a million rounds: a small file whose rounds trace would need ~60 GB. */
    private Path millionsOfRounds() throws Exception {
        StringBuilder stages = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            stages.append(i == 0 ? "" : ",\n").append("{ \"id\": \"s").append(i)
                    .append("\", \"rule\": { \"type\": \"majority\" }, \"text\": { \"restraint\": 0.6 }, \"rounds\": 1000000 }");
        }
        String minimal = Files.readString(Negsim.resource("valid/minimal.json"));
        String text = minimal.substring(0, minimal.indexOf("\"stages\"")) + "\"stages\": [\n" + stages + "\n]\n}\n";
        return Files.writeString(dir.resolve("long.json"), text);
    }

    @Test
    void aRunThatCannotFitInTheHeapIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = millionsOfRounds();
        assertEquals(0, Negsim.execute("validate", file.toString()).exitCode(), "valid, only too large");
        Scenario s = ScenarioLoader.load(file);
        // its actors precede nothing but issues: run streams them
        long needed = HeapCheck.estimate(Files.size(file), HeapCheck.STREAMED_BYTES_PER_FILE_BYTE, s, 1, 1, true, true);
        assertTrue(needed > 50L << 30, "about 60 GB: " + needed);
        Negsim.Result r = Negsim.execute("run", file.toString(), "--out", dir.resolve("out").toString());
        Negsim.assertRefused(r, 2, HeapCheck.message("this run", needed, Runtime.getRuntime().maxMemory(),
                "fewer actors, stages or rounds"));
        assertTrue(r.err().contains("MB of heap; the JVM has "), r.err());
        Negsim.Result sweep = Negsim.execute("sweep", file.toString(), "--out", dir.resolve("out").toString(),
                "--threads", "1", "--record", "rounds");
        assertEquals(2, sweep.exitCode(), sweep.printed());
        assertTrue(sweep.err().startsWith("error: this sweep needs about "), sweep.printed());
        assertTrue(sweep.err().endsWith("(or use fewer actors, stages or rounds, fewer --threads or no --record)\n"),
                sweep.printed());
        assertEquals(List.of("long.json"), Negsim.names(dir), "nothing created");
    }

    @Test
    void runningOutOfMemoryAnywayIsOneLineAndExitThree() throws Exception {
        // 60,000 actors (~10 MB of JSON) cannot even be read in a 24 MB heap: the estimate comes too late
        Path big = dir.resolve("big.json");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("{ \"name\": \"big\", \"issues\": [ { \"id\": \"restraint\", \"statusQuo\": 0.1 } ],\n\"actors\": [\n");
            for (int i = 0; i < 60_000; i++) {
                w.write((i == 0 ? "" : ",\n") + "{ \"id\": \"actor-" + i + "\", \"kind\": \"state\", \"groups\": [\"g"
                        + (i % 97) + "\"], \"position\": { \"restraint\": 0." + (i % 10) + " },"
                        + " \"salience\": { \"restraint\": 1 }, \"weights\": { \"population\": " + i + " } }");
            }
            w.write("],\n\"stages\": [ { \"id\": \"vote\", \"rule\": { \"type\": \"majority\" },"
                    + " \"text\": { \"restraint\": 0.6 }, \"rounds\": 3 } ]\n}\n");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(java, "-Xmx24m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.negsim.cli.Main", "run", big.toString(), "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "guard against a hang");
        assertEquals(3, p.exitValue(), err);
        assertTrue(err.startsWith("error: out of memory (Java heap space): the JVM has "), err);
        assertTrue(err.contains(" MB of heap; rerun with JAVA_OPTS=-Xmx"), err);
        assertEquals(1, err.lines().count(), err);
        assertFalse(err.contains("\tat "), err);
        assertEquals(List.of("big.json"), Negsim.names(dir), "no results folder, no staging folder");
    }
}
