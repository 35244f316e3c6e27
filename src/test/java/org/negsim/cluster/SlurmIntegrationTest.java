package org.negsim.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negsim.cli.Main;
import picocli.CommandLine;

/**
 * The shipped job script on a real Slurm: a 4-task job array of {@code scripts/slurm-sweep.sbatch},
 * merged with {@code negsim merge}, must give the files of the same sweep run on one machine, byte
 * for byte. The job is submitted with the script's own CPU and memory defaults (no
 * {@code --cpus-per-task}, no {@code --mem}), so that a default the test node cannot grant shows as
 * a job that never starts, and each task must have run with one thread.
 *
 * <p>Runs only when the environment variable {@code NEGSIM_SLURM=1} is set, as {@code .ci/run}
 * does after starting a one-node cluster with {@code scripts/ci/slurm-up.sh}; then it fails on any
 * problem (no Slurm commands, a stale or missing {@code target/negsim.jar}, a task that fails, a
 * job that does not end within {@link #JOB_LIMIT_SECONDS}). Otherwise it is skipped. The job tasks
 * run {@code target/negsim.jar}, which must be built from the current sources before the test
 * ({@code ./negsim --version} builds it; {@code .ci/run} does so before {@code mvn -B test}); the
 * test does not build it itself, since Maven's own build of the jar comes after the tests.
 */
class SlurmIntegrationTest {

    private static final String SCENARIO = "scenarios/paris-call-2018.json";
    private static final String[] SWEEP_OPTIONS = {"--replications", "4", "--record", "rounds,actors"};
    private static final String[] TABLES = {"runs.csv", "rounds.csv", "actors.csv"};
    private static final int TASKS = 4;
    /** Longest wait for the job array to leave the queue; the job itself takes seconds. */
    private static final long JOB_LIMIT_SECONDS = 600;

    @TempDir
    Path dir;

    @Test
    void aFourTaskJobArrayMergesIntoTheSingleMachineSweepByteForByte() throws Exception {
        assumeTrue("1".equals(System.getenv("NEGSIM_SLURM")), "Slurm integration test skipped: start a one-node"
                + " cluster with scripts/ci/slurm-up.sh (as root), build the jar (./negsim --version), then run"
                + " NEGSIM_SLURM=1 mvn -B test -Dtest=SlurmIntegrationTest (bash .ci/run does all of this)");
        for (String command : new String[] {"sbatch", "squeue", "scontrol", "scancel"}) {
            assertTrue(onPath(command), "NEGSIM_SLURM=1 but '" + command + "' is not on the PATH: install Slurm and"
                    + " start a cluster with scripts/ci/slurm-up.sh (as root), or unset NEGSIM_SLURM");
        }
        Path repo = Path.of("").toAbsolutePath();
        checkJar(repo);

        Path out = dir.resolve("out");
        Path logs = Files.createDirectories(dir.resolve("logs"));
        List<String> submit = new ArrayList<>(List.of("sbatch", "--parsable", "--array=0-" + (TASKS - 1),
                "--time=00:10:00", "--job-name=negsim-it",
                "--output=" + logs + "/%x-%A_%a.out", "scripts/slurm-sweep.sbatch", SCENARIO, out.toString()));
        submit.addAll(List.of(SWEEP_OPTIONS));
        Output submitted = exec(repo, submit);
        assertEquals(0, submitted.code(), "sbatch failed: " + submitted.text());
        String job = submitted.text().trim().split(";")[0];
        assertTrue(job.matches("\\d+"), "sbatch --parsable printed " + submitted.text());

        waitForJob(repo, job, logs);
        for (int k = 0; k < TASKS; k++) {
            Path shard = out.resolve("shard-" + k);
            String manifest = Files.readString(shard.resolve("manifest.json"));
            assertTrue(manifest.contains("\"count\": " + TASKS) && !manifest.contains("\"endTime\": null"),
                    "shard " + k + " incomplete: " + manifest + logsOf(logs));
            String log = Files.readString(logs.resolve("negsim-it-" + job + "_" + k + ".out"));
            assertTrue(log.contains("--shard " + k + "/" + TASKS + " --threads 1 --out " + shard), log);
        }

        Path merged = dir.resolve("merged");
        List<String> mergeArgs = new ArrayList<>(List.of("merge"));
        for (int k = TASKS - 1; k >= 0; k--) {
            mergeArgs.add(out.resolve("shard-" + k).toString());
        }
        mergeArgs.addAll(List.of("--out", merged.toString()));
        negsim(mergeArgs);

        Path single = dir.resolve("single");
        List<String> sweepArgs = new ArrayList<>(List.of("sweep", SCENARIO, "--out", single.toString(), "--quiet",
                "--threads", "2"));
        sweepArgs.addAll(List.of(SWEEP_OPTIONS));
        negsim(sweepArgs);

        for (String table : TABLES) {
            assertArrayEquals(Files.readAllBytes(single.resolve(table)), Files.readAllBytes(merged.resolve(table)),
                    table + " of the merged job array differs from the single-machine sweep");
        }
    }

    /** Fails unless target/negsim.jar exists and is newer than pom.xml and every file under src/main. */
    private static void checkJar(Path repo) throws IOException {
        Path jar = repo.resolve("target/negsim.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: the job tasks run it; build it first with"
                + " ./negsim --version (as .ci/run does)");
        long built = Files.getLastModifiedTime(jar).toMillis();
        try (Stream<Path> sources = Stream.concat(Stream.of(repo.resolve("pom.xml")), Files.walk(repo.resolve("src/main")))) {
            List<Path> newer = sources.filter(Files::isRegularFile).filter(p -> modified(p) > built).limit(3).toList();
            assertTrue(newer.isEmpty(), jar + " is older than " + newer + ": rebuild it with ./negsim --version,"
                    + " or the job tasks would run old code (and rebuild it all at once)");
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Polls squeue until the job has left the queue (cancelling it after {@link #JOB_LIMIT_SECONDS}),
     * then checks that each of its tasks COMPLETED with exit code 0.
     */
    private static void waitForJob(Path repo, String job, Path logs) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(JOB_LIMIT_SECONDS);
        while (true) {
            Output queue = exec(repo, List.of("squeue", "-h", "-j", job, "-o", "%i %T %r"));
            if (queue.code() != 0 || queue.text().isBlank()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                exec(repo, List.of("scancel", job));
                fail("job " + job + " still queued after " + JOB_LIMIT_SECONDS + " s (cancelled):\n" + queue.text()
                        + logsOf(logs));
            }
            Thread.sleep(500);
        }
        // Without accounting, scontrol shows a finished job for MinJobAge seconds (300 in slurm-up.sh).
        Output show = exec(repo, List.of("scontrol", "-o", "show", "job", job));
        assertEquals(0, show.code(), "scontrol show job " + job + ": " + show.text() + logsOf(logs));
        List<String> tasks = show.text().lines().filter(l -> l.contains("ArrayTaskId=")).toList();
        assertEquals(TASKS, tasks.size(), "tasks of job " + job + ":\n" + show.text() + logsOf(logs));
        for (String task : tasks) {
            assertTrue(task.contains(" JobState=COMPLETED ") && task.contains(" ExitCode=0:0 "),
                    "a task of job " + job + " failed:\n" + task + logsOf(logs));
        }
    }

    /** Runs negsim in-process and fails with its error output unless it exits with 0. */
    private static void negsim(List<String> args) {
        CommandLine cmd = Main.newCommandLine();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args.toArray(new String[0]));
        assertEquals(0, code, "negsim " + String.join(" ", args) + ": " + err);
    }

    /** The job's log files, for failure messages. */
    private static String logsOf(Path logs) {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.sorted().toList()) {
                b.append("\n----- ").append(f.getFileName()).append(" -----\n").append(Files.readString(f));
            }
        } catch (IOException e) {
            b.append("\n(cannot read the job logs in ").append(logs).append(": ").append(e).append(')');
        }
        return b.toString();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }

    private record Output(int code, String text) {
    }

    /** Runs a command in {@code dir} (the job script finds the repository there), output and errors together. */
    private static Output exec(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("NEGSIM_HOME", dir.toString());
        Process p = pb.start();
        byte[] bytes = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not return within 60 s");
        }
        return new Output(p.exitValue(), new String(bytes, StandardCharsets.UTF_8));
    }
}
