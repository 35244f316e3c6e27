package org.negsim.plot;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.negsim.io.DamagedResultsException;
import org.negsim.io.Manifest;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.ScenarioLoader;

/**
 * A results folder read for plotting: its manifest, the scenario bound from the manifest's
 * resolved scenario tree, and its tables. Immutable after loading.
 *
 * @param folder       the results folder
 * @param manifest     {@code manifest.json} as JSON
 * @param scenario     the resolved scenario of the manifest (for a sweep: before the varied values)
 * @param designType   {@code run}, {@code grid}, {@code random}, {@code lhs} or {@code sobol}
 * @param parameters   for a sweep: varied path → spec as written in the manifest ({@code a,b,c},
 *                     {@code from:to:step} or {@code min..max}), in design order; for a run: the
 *                     {@code --set} path → value
 * @param runs         {@code runs.csv}
 * @param rounds       {@code rounds.csv}, or {@code null} when the folder has none
 */
public record ResultsSet(Path folder, JsonObject manifest, Scenario scenario, String designType,
                         Map<String, String> parameters, CsvTable runs, CsvTable rounds) {

    /** The file names read from a results folder. */
    public static final String RUNS = "runs.csv";
    /** The per-round trace (written by {@code run}, by {@code sweep} with {@code --record rounds}). */
    public static final String ROUNDS = "rounds.csv";

    /**
     * Reads a results folder.
     *
     * @throws IOException       if {@code manifest.json} or {@code runs.csv} is missing or unreadable
     * @throws ScenarioException if the manifest's scenario is not valid (a damaged manifest)
     */
    public static ResultsSet load(Path folder) throws IOException, ScenarioException {
        JsonObject manifest = Manifest.read(folder);
        JsonElement tree = manifest.get("scenario");
        if (tree == null || !tree.isJsonObject()) {
            throw new DamagedResultsException(folder.resolve(Manifest.FILE_NAME) + ": not a negsim manifest (it has no"
                    + " scenario object)");
        }
        Scenario scenario = ScenarioLoader.bind(tree.getAsJsonObject());
        JsonObject design = manifest.has("design") && manifest.get("design").isJsonObject()
                ? manifest.getAsJsonObject("design") : new JsonObject();
        JsonElement typeElement = design.get("type");
        String type = typeElement != null && typeElement.isJsonPrimitive() ? typeElement.getAsString() : "run";
        Map<String, String> parameters = new LinkedHashMap<>();
        JsonElement p = design.get("run".equals(type) ? "set" : "vary");
        if (p != null && p.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : p.getAsJsonObject().entrySet()) {
                parameters.put(e.getKey(), e.getValue().isJsonPrimitive()
                        ? e.getValue().getAsString() : e.getValue().toString());
            }
        }
        JsonElement end = manifest.get("endTime");
        boolean complete = end != null && !end.isJsonNull();
        CsvTable runs = CsvTable.runs(folder.resolve(RUNS), !complete);
        Path roundsFile = folder.resolve(ROUNDS);
        CsvTable rounds = Files.isRegularFile(roundsFile) ? CsvTable.read(roundsFile) : null;
        return new ResultsSet(folder, manifest, scenario, type, Collections.unmodifiableMap(parameters),
                runs, rounds);
    }

    /** Whether this is a sweep (any design but {@code run}). */
    public boolean isSweep() {
        return !"run".equals(designType);
    }

    /** A top-level manifest string, or {@code null} when absent or null. */
    public String manifestString(String key) {
        JsonElement e = manifest.get(key);
        return e == null || e.isJsonNull() ? null : e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }
}
