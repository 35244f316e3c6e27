package org.negsim.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.negsim.engine.Negotiation;
import org.negsim.io.EngineVersion;
import org.negsim.io.Manifest;
import org.negsim.record.ResultTables;
import org.negsim.io.ResultsFolder;
import org.negsim.io.RunId;
import org.negsim.record.RunRecorder;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code negsim run}: one run of a scenario. Reads and validates the scenario with every
 * {@code --set} applied (nothing is created when it is invalid), runs it, writes {@code runs.csv},
 * {@code rounds.csv}, {@code actors.csv} and {@code manifest.json} into a results folder that
 * appears complete or not at all, and prints a summary.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Run a scenario once and write its results folder.",
            "With a row's seed and --set values from a sweep's runs.csv, reproduces that row."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunSelection selection;

    @Mixin
    SeedOption seedOption;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The results folder (default: results/<scenario name>).")
    Path out;

    @Option(names = "--overwrite", description = "Replace an existing, non-empty results folder.")
    boolean overwrite;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Instant start = Instant.now();
        ScenarioLoader.Loaded loaded = selection.load();
        // of the bytes read: a file changed after this is caught when the manifest copies its actors
        String sha256 = loaded.sha256();
        Map<String, String> parameters = selection.parameters();
        Scenario scenario = loaded.scenario();
        HeapCheck.checkRun(selection.scenarioFile, scenario, loaded.actorsStreamed());
        long runSeed = seedOption.forRun(scenario);
        Path target = out != null ? out : ResultsFolder.defaultFor(scenario.name());

        RunSummary summary = new RunSummary(scenario);
        try (ResultsFolder folder = ResultsFolder.prepare(target, overwrite)) {
            try (ResultTables tables = ResultTables.create(folder.staging(), scenario,
                    List.copyOf(parameters.keySet()), true, true)) {
                RunRecorder recorder = tables.recorder(RunId.single(runSeed), List.copyOf(parameters.values()));
                Negotiation.run(scenario, runSeed, Listeners.both(recorder, summary));
                tables.append(recorder.rows());
            }
            JsonObject design = new JsonObject();
            design.addProperty("type", "run");
            JsonObject set = new JsonObject();
            parameters.forEach(set::addProperty);
            design.add("set", set);
            new Manifest(EngineVersion.get(), selection.scenarioFile.getFileName().toString(), sha256,
                    loaded.tree(), spec.commandLine().getParseResult().originalArgs(), scenario.seed(), runSeed,
                    design, 1, 1, start, Instant.now(), Manifest.currentJavaVersion(),
                    loaded.streamedFrom(), loaded.tables())
                    .writeTo(folder.staging());
            folder.commit();
        }
        if (!quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.println(scenario.name() + ", seed " + runSeed);
            o.print(Terminal.lines(summary.render()));
            o.println("results: " + target);
            o.flush();
        }
        return ExitCodes.OK;
    }
}
