package org.negsim.inspect;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.negsim.io.MalformedResultsException;
import org.negsim.io.Manifest;

/**
 * What {@code negsim inspect} needs from a results folder's {@code manifest.json} (see
 * {@link Manifest}). Read with a streaming JSON reader that skips the resolved scenario tree
 * (which may hold a million actors) except for its {@code name}.
 *
 * @param scenarioName    {@code scenario.name}, or {@code ""} when absent
 * @param masterSeed      the experiment's master seed
 * @param designType      {@code design.type}: {@code run}, {@code grid}, {@code random}, {@code lhs},
 *                        {@code sobol} (or what a later version writes)
 * @param points          {@code design.points}, the number of design points of the whole sweep;
 *                        1 for a single run
 * @param replications    {@code design.replications}, runs per design point; 1 for a single run
 * @param runs            {@code runs}, the runs this folder should hold (of its shard, for a shard)
 * @param complete        whether {@code endTime} is set: false while a sweep runs or after it was
 *                        interrupted
 * @param shardIndex      {@code design.shard.index}, 0 when absent
 * @param shardCount      {@code design.shard.count}, 1 when absent (a whole sweep or a merged one)
 * @param varied          the keys of {@code design.vary}, the sweep's varied parameter paths in the
 *                        manifest's order; empty for a single run
 * @param specs           the spec of each varied path as the manifest writes it ({@code a,b,c},
 *                        {@code from:to:step} or {@code min..max}); possibly fewer keys than
 *                        {@code varied} (then a path's spec is unknown)
 */
public record ResultsManifest(String scenarioName, long masterSeed, String designType, long points,
                              int replications, long runs, boolean complete, int shardIndex, int shardCount,
                              List<String> varied, Map<String, String> specs) {

    /** Copies the varied paths and specs. */
    public ResultsManifest {
        varied = List.copyOf(varied);
        specs = Map.copyOf(specs);
    }

    /** A manifest whose varied paths' specs are unknown. */
    public ResultsManifest(String scenarioName, long masterSeed, String designType, long points,
                           int replications, long runs, boolean complete, int shardIndex, int shardCount,
                           List<String> varied) {
        this(scenarioName, masterSeed, designType, points, replications, runs, complete, shardIndex, shardCount,
                varied, Map.of());
    }

    /** A manifest without varied parameters. */
    public ResultsManifest(String scenarioName, long masterSeed, String designType, long points,
                           int replications, long runs, boolean complete, int shardIndex, int shardCount) {
        this(scenarioName, masterSeed, designType, points, replications, runs, complete, shardIndex, shardCount,
                List.of());
    }

    /** The design type whose runs carry a Saltelli sample. */
    public static final String SOBOL = "sobol";

    /** Whether the results are one shard of a sweep split over several processes. */
    public boolean isShard() {
        return shardCount > 1;
    }

    /**
     * Reads {@code folder/manifest.json}.
     *
     * @throws java.nio.file.NoSuchFileException if there is no manifest
     * @throws MalformedResultsException if it is not a negsim manifest (not JSON, or without
     *     {@code masterSeed}, {@code design.type} or {@code runs})
     */
    public static ResultsManifest read(Path folder) throws IOException {
        Path file = folder.resolve(Manifest.FILE_NAME);
        Builder b = new Builder();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonReader json = new JsonReader(in)) {
            json.beginObject();
            while (json.hasNext()) {
                switch (json.nextName()) {
                    case "scenario" -> readScenario(json, b);
                    case "masterSeed" -> b.masterSeed = json.nextLong();
                    case "design" -> readDesign(json, b);
                    case "runs" -> b.runs = json.nextLong();
                    case "endTime" -> b.complete = readEndTime(json);
                    default -> json.skipValue();
                }
            }
            json.endObject();
        } catch (JsonParseException | IllegalStateException | NumberFormatException | EOFException
                 | MalformedJsonException e) {
            throw new MalformedResultsException(file, 0, "not a negsim manifest (" + e.getMessage() + ")");
        }
        if (b.masterSeed == null || b.designType == null || b.runs == null) {
            throw new MalformedResultsException(file, 0,
                    "not a negsim manifest (it needs masterSeed, design.type and runs)");
        }
        boolean run = "run".equals(b.designType);
        return new ResultsManifest(b.scenarioName, b.masterSeed, b.designType,
                b.points != null ? b.points : run ? 1 : -1,
                b.replications != null ? b.replications : 1, b.runs, b.complete, b.shardIndex, b.shardCount, b.varied,
                b.specs);
    }

    private static void readScenario(JsonReader json, Builder b) throws IOException {
        if (json.peek() != JsonToken.BEGIN_OBJECT) {
            json.skipValue();
            return;
        }
        json.beginObject();
        while (json.hasNext()) {
            if (json.nextName().equals("name") && json.peek() == JsonToken.STRING) {
                b.scenarioName = json.nextString();
            } else {
                json.skipValue();
            }
        }
        json.endObject();
    }

    private static void readDesign(JsonReader json, Builder b) throws IOException {
        json.beginObject();
        while (json.hasNext()) {
            switch (json.nextName()) {
                case "type" -> b.designType = json.nextString();
                case "points" -> b.points = json.nextLong();
                case "replications" -> b.replications = json.nextInt();
                case "vary" -> {
                    if (json.peek() != JsonToken.BEGIN_OBJECT) {
                        json.skipValue();
                        break;
                    }
                    json.beginObject();
                    while (json.hasNext()) {
                        String path = json.nextName();
                        b.varied.add(path);
                        if (json.peek() == JsonToken.STRING) {
                            b.specs.put(path, json.nextString());
                        } else {
                            json.skipValue();
                        }
                    }
                    json.endObject();
                }
                case "shard" -> {
                    json.beginObject();
                    while (json.hasNext()) {
                        switch (json.nextName()) {
                            case "index" -> b.shardIndex = json.nextInt();
                            case "count" -> b.shardCount = json.nextInt();
                            default -> json.skipValue();
                        }
                    }
                    json.endObject();
                }
                default -> json.skipValue();
            }
        }
        json.endObject();
    }

    private static boolean readEndTime(JsonReader json) throws IOException {
        if (json.peek() == JsonToken.NULL) {
            json.nextNull();
            return false;
        }
        json.skipValue();
        return true;
    }

    /** The values found so far; null = absent. */
    private static final class Builder {
        String scenarioName = "";
        Long masterSeed;
        String designType;
        Long points;
        Integer replications;
        Long runs;
        boolean complete;
        int shardIndex;
        int shardCount = 1;
        final List<String> varied = new ArrayList<>();
        final Map<String, String> specs = new HashMap<>();
    }
}
