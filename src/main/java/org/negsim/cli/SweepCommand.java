package org.negsim.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.negsim.io.ResultsFolder;
import java.io.PrintWriter;
import org.negsim.scenario.Assignment;
import org.negsim.scenario.ExperimentSpec;
import org.negsim.scenario.MeasureOption;
import org.negsim.scenario.ParameterPaths;
import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.ScenarioLoader;
import org.negsim.sweep.Shard;
import org.negsim.sweep.SweepJob;
import org.negsim.sweep.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code negsim sweep}: many runs of a scenario over a design of parameter values, written in run
 * order into one results folder, resumable after a crash, optionally one shard of a cluster job.
 */
@Command(header = "Run a scenario over a design of parameter values.",
        name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Run a scenario over a design of parameter values (the experiment block of the file,",
            "overridden by the options) and write runs.csv in run order."})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "The scenario file (JSON).")
    Path scenarioFile;

    @Option(names = "--vary", paramLabel = "PATH=SPEC",
            description = {"Vary a parameter: a,b,c (values), from:to:step (grid, both ends included) or min..max",
                "(range, for random/lhs/sobol). Overrides the file's experiment.vary for that path. Repeatable."})
    List<String> vary = new ArrayList<>();

    @Option(names = "--measure", paramLabel = "ID=WHAT:STAGE:SELECTOR",
            description = {"Add a measure (a column measure_ID of runs.csv) without editing the file, e.g.",
                    "--measure 'usa=joined:paris-call:USA'. WHAT: joined, joined-fraction, share/WEIGHT, yes, no,",
                    "abstain, decision-round, pivotal; SELECTOR: all, kind=K, group=G or ids A,B. Repeatable."})
    List<String> measures = new ArrayList<>();

    @Option(names = "--design", paramLabel = "grid|random|lhs|sobol", description = "The design (default: the file's, else grid).")
    String design;

    @Option(names = "--samples", paramLabel = "N", description = "Samples of a random, lhs or sobol design.")
    Integer samples;

    @Option(names = "--replications", paramLabel = "R", description = "Runs per design point (default: the file's, else 1).")
    Integer replications;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). The files do not depend on it.")
    Integer threads;

    @Option(names = "--shard", paramLabel = "K/N|auto",
            description = {"Run only the runs with run mod N == K; auto reads SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN",
                "and SLURM_ARRAY_TASK_COUNT of a contiguous job array."})
    String shard;

    @Option(names = "--record", paramLabel = "rounds,actors", split = ",",
            description = "Also write rounds.csv and/or actors.csv for every run.")
    List<String> record = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "The results folder (default: results/<scenario name>-sweep).")
    Path out;

    @Option(names = "--overwrite", description = "Replace an existing, non-empty results folder.")
    boolean overwrite;

    @Option(names = "--resume", description = "Continue an interrupted sweep in its results folder.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        int maxThreads = Math.max(64, 8 * cores);
        int t = threads != null ? threads : cores;
        if (t < 1 || t > maxThreads) {
            throw new ParameterException(spec.commandLine(), "--threads must be between 1 and " + maxThreads
                    + " on this machine (" + cores + " cores), was " + t);
        }
        if (overwrite && resume) {
            throw new ParameterException(spec.commandLine(), "--overwrite and --resume exclude each other");
        }
        for (String r : record) {
            if (!r.equals("rounds") && !r.equals("actors")) {
                throw new ParameterException(spec.commandLine(),
                        "--record takes rounds and/or actors (comma-separated), was \"" + r + "\"");
            }
        }
        Shard s;
        try {
            s = shard == null ? Shard.ALL : Shard.parse(shard, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Map<String, String> varied = new LinkedHashMap<>();
        for (String v : vary) {
            Assignment a = ParameterPaths.parseAssignment(v);
            if (varied.put(a.path(), a.rawValue()) != null) {
                throw new ScenarioException("--vary " + a.path(), "is given twice; give each path once");
            }
        }

        List<MeasureOption> measureOptions = new ArrayList<>();
        for (String m : measures) {
            measureOptions.add(MeasureOption.parse(m));
        }
        var tree = ScenarioLoader.readTree(scenarioFile);
        int inFile = MeasureOption.append(tree, measureOptions);
        SweepPlan plan;
        try {
            plan = SweepPlan.create(tree, new SweepPlan.Overrides(varied, design, samples, replications), s);
        } catch (ScenarioException e) {
            throw MeasureOption.renamed(e, inFile, measureOptions);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!varied.isEmpty() && !ExperimentSpec.of(tree).vary().isEmpty()) {
            err.println("note: --vary replaces the file's experiment.vary ("
                    + String.join(", ", ExperimentSpec.of(tree).vary().keySet())
                    + "); repeat its entries on the command line to keep them");
        }
        err.flush();
        String name = tree.get("name").getAsString();
        Path folder = out != null ? out
                : s.count() == 1 ? ResultsFolder.defaultFor(name + "-sweep")
                : ResultsFolder.defaultFor(name + "-sweep").resolve("shard-" + s.index());
        List<String> recorded = record.stream().distinct().sorted().toList();
        HeapCheck.checkSweep(scenarioFile, plan, t, recorded);
        SweepJob.Options options = new SweepJob.Options(scenarioFile, folder, overwrite, resume, t, recorded,
                spec.commandLine().getParseResult().originalArgs());
        SweepJob.Progress bar = SweepProgress.choose(quiet, System.console() != null, System.err,
                spec.commandLine().getErr());
        // the design is printed once the folder is accepted, just before the first run
        String design = "design: " + plan.summary().replace("\n", "\n  ");
        SweepJob.Progress progress = quiet ? bar : new SweepJob.Progress() {
            @Override
            public void start(long total, long alreadyDone) {
                err.println(design);
                err.flush();
                bar.start(total, alreadyDone);
            }

            @Override
            public void runDone() {
                bar.runDone();
            }

            @Override
            public void finish() {
                bar.finish();
            }
        };
        SweepJob.Result result = SweepJob.run(plan, options, progress, Clock.systemUTC());
        if (!quiet) {
            var o = spec.commandLine().getOut();
            o.println(plan.firstPointScenario().name() + ": " + plan.design().type() + " design, "
                    + plan.design().size() + " points × " + plan.replications() + " replications"
                    + (s.count() > 1 ? ", shard " + s + " (" + result.runs() + " runs)" : "")
                    + (result.resumedFrom() > 0 ? ", resumed after " + result.resumedFrom() + " runs" : ""));
            o.println("results: " + result.folder());
            o.flush();
        }
        return ExitCodes.OK;
    }
}
