package org.negsim.sweep;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.negsim.engine.Negotiation;
import org.negsim.engine.PreparedScenario;
import org.negsim.io.EngineVersion;
import org.negsim.io.Manifest;
import org.negsim.io.OutputExistsException;
import org.negsim.io.ResultTables;
import org.negsim.io.RunId;
import org.negsim.io.RunRecorder;
import org.negsim.io.RunRows;
import org.negsim.io.RunsTable;
import org.negsim.io.RoundsTable;
import org.negsim.io.ActorsTable;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioException;

/**
 * Runs a sweep (or one shard of it) into a results folder, resumably. The folder is written in
 * place: {@code manifest.json} first (with {@code endTime} null), then each run's rows in run order
 * as the runs finish, then the manifest again with its end time. A sweep killed at any moment,
 * even with {@code kill -9}, resumes with {@code resume = true}: the manifest must describe the
 * same sweep, the tables are cut back to the last complete run, and the remaining runs are appended,
 * so the final files equal those of an uninterrupted sweep byte for byte.
 */
public final class SweepJob {

    /** What a sweep reports while it runs (on the thread that writes). */
    public interface Progress {
        /** Called once before the first run with the shard's total and the runs already done. */
        void start(long total, long alreadyDone);

        /** Called after each run is written. */
        void runDone();

        /** Called once after the last run. */
        void finish();
    }

    /**
     * How to run.
     *
     * @param scenarioFile the scenario file (for its name and SHA-256)
     * @param out          the results folder
     * @param overwrite    replace an existing non-empty folder
     * @param resume       continue the sweep in an existing folder
     * @param threads      worker threads ≥ 1
     * @param record       extra tables: any of {@code rounds}, {@code actors}
     * @param commandLine  the arguments, for the manifest
     */
    public record Options(Path scenarioFile, Path out, boolean overwrite, boolean resume, int threads,
                          List<String> record, List<String> commandLine) {
    }

    /**
     * The outcome: runs of this shard, of which {@code resumedFrom} were already done.
     *
     * @param runs        runs in this shard
     * @param resumedFrom runs found complete on resume (0 for a fresh sweep)
     * @param folder      the results folder
     */
    public record Result(long runs, long resumedFrom, Path folder) {
    }

    private SweepJob() {
    }

    /** Runs the plan with the given options; see the class comment. */
    public static Result run(SweepPlan plan, Options options, Progress progress, Clock clock)
            throws IOException, ScenarioException, OutputExistsException, SweepRefusedException {
        Instant start = clock.instant();
        Path out = options.out();
        boolean recordRounds = options.record().contains("rounds");
        boolean recordActors = options.record().contains("actors");
        Scenario base = plan.firstPointScenario();
        String sha256 = Manifest.sha256(options.scenarioFile());
        JsonObject design = plan.describe(options.record());
        Manifest manifest = new Manifest(EngineVersion.get(), options.scenarioFile().getFileName().toString(), sha256,
                plan.tree(), options.commandLine(), plan.masterSeed(), null, design, plan.shardRuns(),
                options.threads(), start, null, Manifest.currentJavaVersion());

        long lastDone = ResultsTruncation.NONE;
        long alreadyDone = 0;
        boolean resuming = options.resume() && Files.exists(out.resolve(Manifest.FILE_NAME));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new NotDirectoryException(out.toString());
        }
        List<Path> tableFiles = tableFiles(out, recordRounds, recordActors);
        boolean appending = false;
        if (resuming) {
            checkSameSweep(Manifest.read(out), sha256, plan.masterSeed(), design, out);
            appending = ResultsTruncation.intact(tableFiles);
            if (appending) {
                lastDone = ResultsTruncation.truncateRuns(tableFiles.get(0), base.stages().size());
                for (Path table : tableFiles.subList(1, tableFiles.size())) {
                    ResultsTruncation.truncateAfter(table, lastDone);
                }
                alreadyDone = lastDone < 0 ? 0 : (lastDone - plan.shard().index()) / plan.shard().count() + 1;
            } else {
                // killed before every table had its header: no run was written yet, start the tables afresh
                for (Path table : tableFiles) {
                    Files.deleteIfExists(table);
                }
            }
        } else {
            prepareFreshFolder(out, options);
        }
        manifest.writeTo(out);

        progress.start(plan.shardRuns(), alreadyDone);
        try (ResultTables tables = appending
                ? ResultTables.openForAppend(out, base, plan.paths(), recordRounds, recordActors)
                : ResultTables.create(out, base, plan.paths(), recordRounds, recordActors)) {
            RunTask task = new RunTask(plan, tables);
            try {
                OrderedExecutor.run(plan.runsAfter(lastDone), options.threads(), task, (run, rows) -> {
                    tables.append(rows);
                    progress.runDone();
                });
            } catch (InvalidPointException e) {
                throw e.getCause();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        progress.finish();
        new Manifest(manifest.engineVersion(), manifest.scenarioFile(), sha256, plan.tree(), options.commandLine(),
                plan.masterSeed(), null, design, plan.shardRuns(), options.threads(), start, clock.instant(),
                manifest.javaVersion()).writeTo(out);
        return new Result(plan.shardRuns(), alreadyDone, out);
    }

    /** The tables of a results folder, {@code runs.csv} first. */
    private static List<Path> tableFiles(Path out, boolean rounds, boolean actors) {
        List<Path> files = new ArrayList<>();
        files.add(out.resolve(RunsTable.FILE_NAME));
        if (rounds) {
            files.add(out.resolve(RoundsTable.FILE_NAME));
        }
        if (actors) {
            files.add(out.resolve(ActorsTable.FILE_NAME));
        }
        return files;
    }

    private static void prepareFreshFolder(Path out, Options options)
            throws IOException, OutputExistsException, SweepRefusedException {
        if (Files.isDirectory(out) && !isEmpty(out)) {
            if (options.resume()) {
                throw new SweepRefusedException("cannot resume the sweep in " + out + ": it has no "
                        + Manifest.FILE_NAME + ", so it is not a sweep's results folder; give another --out");
            }
            if (!options.overwrite()) {
                throw new OutputExistsException(out, "results folder " + out + " exists and is not empty; pass"
                        + " --resume to continue the sweep in it, --overwrite to replace it, or --out DIR");
            }
            deleteContents(out);
        }
        Files.createDirectories(out);
    }

    private static void checkSameSweep(JsonObject old, String sha256, long masterSeed, JsonObject design, Path out)
            throws SweepRefusedException {
        String where = "cannot resume the sweep in " + out + ": ";
        if (!sha256.equals(string(old.get("scenarioSha256")))) {
            throw new SweepRefusedException(where + "it was run on a different scenario file (SHA-256 "
                    + string(old.get("scenarioSha256")) + ", now " + sha256 + ")");
        }
        JsonElement oldSeed = old.get("masterSeed");
        if (oldSeed == null || !oldSeed.isJsonPrimitive() || oldSeed.getAsLong() != masterSeed) {
            throw new SweepRefusedException(where + "it used master seed " + oldSeed + ", now " + masterSeed);
        }
        JsonElement oldDesign = old.get("design");
        if (!design.equals(oldDesign)) {
            throw new SweepRefusedException(where + "it used design " + oldDesign + ", now " + design
                    + "; give the same --vary, --design, --samples, --replications, --record and --shard");
        }
    }

    private static String string(JsonElement e) {
        return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        List<Path> all = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.forEach(all::add);
        }
        for (int i = all.size() - 1; i > 0; i--) {
            Files.delete(all.get(i));
        }
    }

    /** A design point whose values the scenario rejects (a range value between the checked probes). */
    private static final class InvalidPointException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidPointException(ScenarioException cause) {
            super(cause);
        }

        @Override
        public synchronized ScenarioException getCause() {
            return (ScenarioException) super.getCause();
        }
    }

    /**
     * Runs one run of the plan and returns its formatted rows. Thread-safe; keeps the prepared
     * scenario of the last design point per thread, since consecutive runs share a point.
     */
    private static final class RunTask implements java.util.function.LongFunction<RunRows> {
        private final SweepPlan plan;
        private final ResultTables tables;
        private final ThreadLocal<CachedPoint> cache = new ThreadLocal<>();

        RunTask(SweepPlan plan, ResultTables tables) {
            this.plan = plan;
            this.tables = tables;
        }

        @Override
        public RunRows apply(long run) {
            long point = plan.pointOf(run);
            CachedPoint cached = cache.get();
            if (cached == null || cached.point != point) {
                JsonPrimitive[] values = plan.design().point(point);
                try {
                    cached = new CachedPoint(point, PreparedScenario.of(plan.scenarioAt(values)), cells(values));
                } catch (ScenarioException e) {
                    throw new InvalidPointException(new ScenarioException(e.path(),
                            e.detail() + " (design point " + point + ")"));
                }
                cache.set(cached);
            }
            long seed = plan.seedOf(run);
            RunRecorder recorder = tables.recorder(new RunId(run, point, plan.replicateOf(run), seed), cached.cells);
            Negotiation.run(cached.scenario, seed, recorder);
            return recorder.rows();
        }

        private static List<String> cells(JsonPrimitive[] values) {
            List<String> cells = new ArrayList<>(values.length);
            for (JsonPrimitive v : values) {
                cells.add(v.getAsString());
            }
            return cells;
        }
    }

    private record CachedPoint(long point, PreparedScenario scenario, List<String> cells) {
    }

}
