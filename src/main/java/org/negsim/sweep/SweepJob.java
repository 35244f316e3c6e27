package org.negsim.sweep;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.negsim.engine.Negotiation;
import org.negsim.engine.PreparedScenario;
import org.negsim.io.EngineVersion;
import org.negsim.io.Manifest;
import org.negsim.io.FolderInUseException;
import org.negsim.io.OutputExistsException;
import org.negsim.io.OutputLock;
import org.negsim.io.ResultsFolder;
import org.negsim.record.ResultTables;
import org.negsim.io.RunId;
import org.negsim.record.RunRecorder;
import org.negsim.io.RunRows;
import org.negsim.record.RunsTable;
import org.negsim.record.RoundsTable;
import org.negsim.record.ActorsTable;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.ScenarioTables;

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
            throws IOException, ScenarioException, OutputExistsException, SweepRefusedException, FolderInUseException {
        Path target = options.out().toAbsolutePath().normalize();
        try (OutputLock lock = OutputLock.acquire(target)) {
            if (Files.isSymbolicLink(target)) {
                throw new OutputExistsException(options.out(), options.out() + " is a symbolic link; negsim does not"
                        + " write through links: give the folder itself, or another --out");
            }
            Path pending = pendingFor(target);
            Path out;
            boolean resuming;
            if (options.resume() && Files.exists(pending.resolve(Manifest.FILE_NAME))) {
                out = pending;          // an interrupted sweep with --overwrite: resume it, then swap
                resuming = true;
            } else {
                resuming = options.resume() && Files.exists(target.resolve(Manifest.FILE_NAME));
                out = resuming ? target : prepareFreshFolder(options.out(), target, pending, options);
            }
            long done = sweep(plan, options, progress, clock, out, resuming);
            if (!out.equals(target)) {
                ResultsFolder.moveIntoPlace(out, target, true);
            }
            return new Result(plan.shardRuns(), done, options.out());
        }
    }

    /**
     * The folder in which a sweep with {@code --overwrite} is written beside the old results,
     * {@code .NAME.overwrite}, renamed over them once complete (and resumed from if interrupted).
     */
    public static Path pendingFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".overwrite");
    }

    /** Runs the sweep into {@code out} and returns the number of runs found complete on resume. */
    private static long sweep(SweepPlan plan, Options options, Progress progress, Clock clock, Path out,
                              boolean resuming) throws IOException, ScenarioException, SweepRefusedException {
        Instant start = clock.instant();
        boolean recordRounds = options.record().contains("rounds");
        boolean recordActors = options.record().contains("actors");
        Scenario base = plan.firstPointScenario();
        String sha256 = Manifest.sha256(options.scenarioFile());
        List<Manifest.Table> scenarioTables = ScenarioTables.declared(options.scenarioFile());
        JsonObject design = plan.describe(options.record());
        Manifest manifest = new Manifest(EngineVersion.get(), options.scenarioFile().getFileName().toString(), sha256,
                plan.tree(), options.commandLine(), plan.masterSeed(), null, design, plan.shardRuns(),
                options.threads(), start, null, Manifest.currentJavaVersion(), null, scenarioTables);

        long lastDone = ResultsTruncation.NONE;
        long alreadyDone = 0;
        List<Path> tableFiles = tableFiles(out, recordRounds, recordActors);
        boolean appending = false;
        if (resuming) {
            JsonObject old = Manifest.read(out);
            checkSameSweep(old, sha256, plan.masterSeed(), design, out);
            checkSameTables(old, manifest.toJson().get("scenarioTables"), out);
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
        }
        manifest.writeTo(out);

        progress.start(plan.shardRuns(), alreadyDone);
        try (ResultTables tables = appending
                ? ResultTables.openForAppend(out, base, plan.paths(), recordRounds, recordActors)
                : ResultTables.create(out, base, plan.paths(), recordRounds, recordActors)) {
            RunTask task = new RunTask(plan, tables, options.threads());
            try {
                OrderedExecutor.run(plan.runsAfter(lastDone), options.threads(), window(options.threads(), recordRounds,
                        recordActors), task, (run, rows) -> {
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
                manifest.javaVersion(), null, scenarioTables).writeTo(out);
        return alreadyDone;
    }

    /**
     * Runs in flight per sweep. With only {@code runs.csv} recorded a run's rows are a few hundred
     * bytes, so the window is wide ({@value #RUNS_ONLY_WINDOW} per thread): measured with JFR on a
     * 2-vCPU machine shared with other processes, the 4 per thread of a window sized for rounds and
     * actors tables left a worker parked whenever the other lost its core for a scheduler quantum
     * (239 parks of 20–160 ms, 6 s in all, in a 36 000-run sweep of the Paris Call). With those
     * tables, whose rows grow with the actors and rounds, 4 per thread bound the memory.
     */
    static int window(int threads, boolean rounds, boolean actors) {
        return threads * (rounds || actors ? 4 : RUNS_ONLY_WINDOW);
    }

    private static final int RUNS_ONLY_WINDOW = 256;

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

    /**
     * The folder a fresh sweep writes into: the target itself when it is absent or empty; with
     * {@code --overwrite} and a non-empty target that negsim made, the pending folder beside it.
     */
    private static Path prepareFreshFolder(Path given, Path target, Path pending, Options options)
            throws IOException, OutputExistsException, SweepRefusedException {
        if (Files.isDirectory(target) && !ResultsFolder.isEmpty(target)) {
            if (options.resume()) {
                throw new SweepRefusedException("cannot resume the sweep in " + given + ": it has no "
                        + Manifest.FILE_NAME + ", so it is not a sweep's results folder; give another --out");
            }
            if (!options.overwrite()) {
                throw new OutputExistsException(given, "results folder " + given + " exists and is not empty; pass"
                        + " --resume to continue the sweep in it, --overwrite to replace it, or --out DIR");
            }
        }
        ResultsFolder.checkTarget(given, target, options.overwrite());
        Path out = Files.isDirectory(target) && !ResultsFolder.isEmpty(target) ? pending : target;
        if (out == pending) {
            ResultsFolder.deleteTree(pending);  // what an interrupted earlier --overwrite left
        }
        Files.createDirectories(out);
        Path marker = out.resolve(ResultsFolder.MARKER);
        if (!Files.exists(marker)) {
            Files.createFile(marker);
        }
        return out;
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

    /** Refuses a resume when a table the scenario names has another SHA-256 than when the sweep began. */
    private static void checkSameTables(JsonObject old, JsonElement now, Path out) throws SweepRefusedException {
        JsonElement before = old.get("scenarioTables");
        if (before == null ? now == null : before.equals(now)) {
            return;
        }
        String detail = "its tables were " + (before == null ? "none" : before) + ", now " + (now == null ? "none" : now);
        if (before != null && now != null && before.isJsonArray() && now.isJsonArray()) {
            for (JsonElement n : now.getAsJsonArray()) {
                for (JsonElement b : before.getAsJsonArray()) {
                    JsonObject bo = b.getAsJsonObject();
                    JsonObject no = n.getAsJsonObject();
                    if (bo.get("member").equals(no.get("member")) && !bo.equals(no)) {
                        detail = "its table " + no.get("file").getAsString() + " changed (SHA-256 "
                                + string(bo.get("sha256")) + ", now " + no.get("sha256").getAsString() + ")";
                    }
                }
            }
        }
        throw new SweepRefusedException("cannot resume the sweep in " + out + ": " + detail);
    }

    private static String string(JsonElement e) {
        return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
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
     * Runs one run of the plan and returns its formatted rows. Thread-safe; the prepared scenario of
     * a design point is built once and shared by the threads ({@link PreparedPoints}); point 0 reuses
     * the plan's bound first point, so a sweep without varied parameters never copies the scenario.
     */
    private static final class RunTask implements java.util.function.LongFunction<RunRows> {
        private final SweepPlan plan;
        private final ResultTables tables;
        private final PreparedPoints<CachedPoint> points;

        RunTask(SweepPlan plan, ResultTables tables, int threads) {
            this.plan = plan;
            this.tables = tables;
            this.points = new PreparedPoints<>(threads + 1, this::prepare);
        }

        private CachedPoint prepare(long point) {
            JsonPrimitive[] values = plan.design().point(point);
            try {
                Scenario scenario = point == 0 ? plan.firstPointScenario() : plan.scenarioAt(values);
                return new CachedPoint(point, PreparedScenario.of(scenario), cells(values));
            } catch (ScenarioException e) {
                throw new InvalidPointException(new ScenarioException(e.path(),
                        e.detail() + " (design point " + point + ")"));
            }
        }

        @Override
        public RunRows apply(long run) {
            long point = plan.pointOf(run);
            CachedPoint cached = points.get(point);
            long seed = plan.seedOf(run);
            RunRecorder recorder = tables.recorder(new RunId(run, point, plan.replicateOf(run), seed), cached.cells,
                    cached.scenario.scenario());
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
