package org.negsim.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negsim.io.Manifest;

/**
 * Nothing half-written: {@code manifest.json} is replaced atomically (a reader sees the old or the
 * new manifest, whole; a failed write leaves the old one and no temporary file), and a
 * {@code negsim run} killed at any moment leaves no results folder — only its own
 * {@code .NAME.partial-PID} staging folder, which does not block the next run. (The sweep's
 * kill-and-resume property is {@code SweepCommandTest.resumeAfterKillingARealProcessTwentyTimes}.)
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    private static Manifest manifest(long runs, JsonPrimitive design) {
        JsonObject scenario = new JsonObject();
        scenario.addProperty("name", "x".repeat(50_000)); // large enough that a torn write would show
        return new Manifest("test", "s.json", "0".repeat(64), scenario, List.of("run", "s.json"), 1, 2L, design,
                runs, 1, Instant.EPOCH, Instant.EPOCH, "17");
    }

    /** A number whose text cannot be produced: serialising it fails halfway through the file. */
    private static final class Unprintable extends Number {
        private static final long serialVersionUID = 1L;

        @Override
        public int intValue() {
            return 0;
        }

        @Override
        public long longValue() {
            return 0;
        }

        @Override
        public float floatValue() {
            return 0;
        }

        @Override
        public double doubleValue() {
            return 0;
        }

        @Override
        public String toString() {
            throw new IllegalStateException("disk full (simulated)");
        }
    }

    @Test
    void aManifestWriteThatFailsHalfwayLeavesTheOldOneAndNoTemporaryFile() throws Exception {
        manifest(1, new JsonPrimitive("run")).writeTo(dir);
        byte[] before = Files.readAllBytes(dir.resolve(Manifest.FILE_NAME));
        assertThrows(IllegalStateException.class, () -> manifest(2, new JsonPrimitive(new Unprintable())).writeTo(dir));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(Manifest.FILE_NAME)));
        assertEquals(List.of(Manifest.FILE_NAME), Negsim.names(dir));
    }

    @Test
    void aConcurrentReaderOnlyEverSeesWholeManifests() throws Exception {
        manifest(0, new JsonPrimitive("run")).writeTo(dir);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<String> torn = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (!done.get() && torn.get() == null) {
                try {
                    String text = Files.readString(dir.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8);
                    JsonParser.parseString(text).getAsJsonObject().get("runs").getAsLong();
                    reads.incrementAndGet();
                } catch (Exception e) {
                    torn.set(e.toString());
                }
            }
        });
        reader.start();
        for (int i = 1; i <= 300; i++) {
            manifest(i, new JsonPrimitive("run")).writeTo(dir);
        }
        done.set(true);
        reader.join();
        assertEquals(null, torn.get(), "after " + reads.get() + " whole reads");
        assertEquals(300, Manifest.read(dir).get("runs").getAsLong());
        assertEquals(List.of(Manifest.FILE_NAME), Negsim.names(dir));
    }

    /**
     * Kills a real {@code negsim run} (100,000 rounds) with SIGKILL at 8 seeded random moments spread
     * over the time a whole run takes on this machine (measured first, so that a faster machine or a
     * faster negsim still kills mid-run): the results folder never appears half-written, and the only
     * leftover is the killed process's own staging folder — or the complete folder, when the kill
     * landed after the run had committed it but before the process had exited.
     */
    @Test
    void aRunKilledAtAnyMomentLeavesNoResultsFolderOnlyItsStagingFolder() throws Exception {
        Path scenario = Path.of("scenarios", "paris-call-2018.json").toAbsolutePath();
        long start = System.nanoTime();
        Process whole = startRun(scenario, dir.resolve("whole"));
        assertTrue(whole.waitFor(5, TimeUnit.MINUTES), "a whole run finishes");
        assertEquals(0, whole.exitValue());
        int wholeMillis = (int) ((System.nanoTime() - start) / 1_000_000);
        List<String> complete = List.of(".negsim", "actors.csv", "manifest.json", "rounds.csv", "runs.csv");
        MersenneTwisterFast random = new MersenneTwisterFast(20181112);
        int kills = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            Path parent = Files.createDirectory(dir.resolve("attempt-" + attempt));
            Path out = parent.resolve("r");
            Process p = startRun(scenario, out);
            if (!p.waitFor(20 + random.nextInt(Math.max(1, wholeMillis * 4 / 5)), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                kills++;
                List<String> left = new java.util.ArrayList<>(Negsim.names(parent));
                left.remove(".r.lock");  // the killed process's lock file: its lock died with it
                boolean committed = left.equals(List.of("r")) && Negsim.names(out).equals(complete);
                assertTrue(left.isEmpty() || left.equals(List.of(".r.partial-" + p.pid())) || committed,
                        "only the killed run's staging folder, or the whole results folder, may remain: " + left);
                Negsim.Result again = Negsim.execute("run", scenario.toString(), "--out", out.toString(), "--quiet",
                        "--overwrite", "--set", "stages[0].rounds=3");
                assertEquals(0, again.exitCode(), again.printed());
            } else {
                assertEquals(0, p.exitValue(), "a run that finished before its kill must succeed");
            }
            assertEquals(complete, Negsim.names(out));
            List<String> extra = new ArrayList<>(Negsim.names(parent));
            extra.remove("r");
            assertTrue(extra.stream().allMatch(n -> n.startsWith(".r.partial-")), extra.toString());
        }
        assertTrue(kills >= 4, "most attempts should be killed mid-run, were " + kills + " (a whole run took "
                + wholeMillis + " ms)");
    }

    private Process startRun(Path scenario, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.negsim.cli.Main",
                "run", scenario.toString(), "--out", out.toString(), "--quiet", "--set", "stages[0].rounds=100000")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
