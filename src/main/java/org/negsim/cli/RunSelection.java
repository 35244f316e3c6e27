package org.negsim.cli;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negsim.scenario.Assignment;
import org.negsim.scenario.MeasureOption;
import org.negsim.scenario.ParameterPaths;
import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.ScenarioLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options that pick one run of a scenario — the file, {@code --set} and {@code --measure} — as a
 * picocli mixin, so that {@code run}, {@code gui} and {@code power} read them identically ({@code run}
 * and {@code gui} add {@link SeedOption}).
 */
final class RunSelection {

    @Parameters(paramLabel = "SCENARIO", description = "The scenario file (JSON).")
    Path scenarioFile;

    @Option(names = "--set", paramLabel = "PATH=VALUE", converter = AssignmentConverter.class,
            description = {"Set a scenario value before validation, e.g. --set behavior.temperature=0.1"
                    + " or --set 'actors[USA].signCost=0.3'. Repeatable, applied in order;"
                    + " each path becomes a column of runs.csv."})
    List<Assignment> assignments = new ArrayList<>();

    @Option(names = "--measure", paramLabel = "ID=WHAT:STAGE:SELECTOR",
            description = {"Add a measure (a column measure_ID of runs.csv) without editing the file, e.g.",
                    "--measure 'usa=joined:paris-call:USA'. WHAT: joined, joined-fraction, share/WEIGHT, yes, no,",
                    "abstain, decision-round, pivotal; SELECTOR: all, kind=K, group=G or ids A,B. Repeatable."})
    List<String> measures = new ArrayList<>();

    /** The {@code --measure} options, parsed. */
    List<MeasureOption> measureOptions() throws ScenarioException {
        List<MeasureOption> options = new ArrayList<>();
        for (String m : measures) {
            options.add(MeasureOption.parse(m));
        }
        return options;
    }

    /** The scenario file's tree with every {@code --set} applied, in order. */
    JsonObject tree() throws IOException, ScenarioException {
        JsonObject tree = ScenarioLoader.readTree(scenarioFile);
        for (Assignment a : assignments) {
            ParameterPaths.set(tree, a.path(), a.rawValue());
        }
        MeasureOption.append(tree, measureOptions());
        return tree;
    }

    /**
     * The scenario file read and validated with every {@code --set} applied, in order, its actors
     * streamed when they can be ({@link ScenarioLoader#load(Path, List)}).
     */
    ScenarioLoader.Loaded load() throws IOException, ScenarioException {
        return ScenarioLoader.load(scenarioFile, assignments, measureOptions());
    }

    /** Each {@code --set} path with its last value, ordered by the last time each path was set. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            parameters.remove(a.path());
            parameters.put(a.path(), a.rawValue());
        }
        return parameters;
    }
}
