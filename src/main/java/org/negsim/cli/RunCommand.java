package org.negsim.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.negsim.engine.Negotiation;
import org.negsim.engine.Seeds;
import org.negsim.io.EngineVersion;
import org.negsim.io.Manifest;
import org.negsim.io.ResultTables;
import org.negsim.io.ResultsFolder;
import org.negsim.io.RunId;
import org.negsim.io.RunRecorder;
import org.negsim.model.Scenario;
import org.negsim.scenario.ParameterPaths;
import org.negsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    @Parameters(paramLabel = "SCENARIO", description = "The scenario file (JSON).")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N",
            description = "The run's seed (default: the seed of run 0 of a sweep of this scenario).")
    Long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE", converter = Assignment.Converter.class,
            description = {"Set a scenario value before validation, e.g. --set behavior.temperature=0.1"
                    + " or --set 'actors[USA].signCost=0.3'. Repeatable, applied in order;"
                    + " each path becomes a column of runs.csv."})
    List<Assignment> assignments = new ArrayList<>();

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
        JsonObject tree = ScenarioLoader.readTree(scenarioFile);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            ParameterPaths.set(tree, a.path(), a.rawValue());
            parameters.remove(a.path());
            parameters.put(a.path(), a.rawValue());
        }
        Scenario scenario = ScenarioLoader.bind(tree);
        HeapCheck.checkRun(scenarioFile, scenario);
        long runSeed = seed != null ? seed : Seeds.forRun(scenario.seed(), 0, 0);
        Path target = out != null ? out : ResultsFolder.defaultFor(scenario.name());
        String sha256 = Manifest.sha256(scenarioFile);

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
            new Manifest(EngineVersion.get(), scenarioFile.getFileName().toString(), sha256, tree,
                    spec.commandLine().getParseResult().originalArgs(), scenario.seed(), runSeed, design, 1, 1,
                    start, Instant.now(), Manifest.currentJavaVersion()).writeTo(folder.staging());
            folder.commit();
        }
        if (!quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.println(scenario.name() + ", seed " + runSeed);
            o.print(summary.render());
            o.println("results: " + target);
            o.flush();
        }
        return ExitCodes.OK;
    }
}
