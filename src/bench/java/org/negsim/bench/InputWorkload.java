package org.negsim.bench;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.negsim.scenario.ScenarioException;

/**
 * The input workload of issue 17, written into a folder: {@code ties.json} — LargeScenario's
 * actors followed inline by {@link TableInput#TIES_PER_ACTOR} ties per actor, the same ties as
 * {@code tables/ties.csv} — and {@code tables/} with {@code large.json}, {@code actors.csv} and
 * {@code ties.csv} (see {@link TableInput}). Usage: {@code InputWorkload ACTORS FOLDER}.
 */
public final class InputWorkload {

    private InputWorkload() {
    }

    public static void main(String[] args) throws IOException, ScenarioException {
        int actors = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        TableInput.writeTables(dir, actors);
        Path json = dir.resolve("ties.json");
        try (Reader in = Files.newBufferedReader(dir.resolve("large.json"), StandardCharsets.UTF_8);
             Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            copyWithTies(new JsonReader(in), new JsonWriter(w), actors);
        }
        System.out.println(json + ": " + Files.size(json) + " bytes");
    }

    /** Copies the scenario, writing a top-level {@code ties} array right after {@code actors} in place of its own. */
    private static void copyWithTies(JsonReader in, JsonWriter out, int actors) throws IOException {
        in.setStrictness(Strictness.STRICT);
        int depth = 0;
        boolean afterActors = false;
        do {
            JsonToken token = in.peek();
            switch (token) {
                case BEGIN_OBJECT -> {
                    in.beginObject();
                    out.beginObject();
                    depth++;
                }
                case END_OBJECT -> {
                    in.endObject();
                    out.endObject();
                    depth--;
                }
                case BEGIN_ARRAY -> {
                    in.beginArray();
                    out.beginArray();
                    depth++;
                }
                case END_ARRAY -> {
                    in.endArray();
                    out.endArray();
                    depth--;
                    if (depth == 1 && afterActors) {
                        writeTies(out, actors);
                        afterActors = false;
                    }
                }
                case NAME -> {
                    String name = in.nextName();
                    if (depth == 1 && name.equals("ties")) {
                        in.skipValue(); // LargeScenario's empty list: replaced by the ties written after the actors
                        continue;
                    }
                    if (depth == 1) {
                        afterActors = name.equals("actors");
                    }
                    out.name(name);
                }
                case STRING -> out.value(in.nextString());
                case NUMBER -> out.jsonValue(in.nextString());
                case BOOLEAN -> out.value(in.nextBoolean());
                case NULL -> {
                    in.nextNull();
                    out.nullValue();
                }
                default -> throw new IOException("unexpected " + token);
            }
        } while (depth > 0);
    }

    /** The ties of {@link TableInput#writeTies}, drawn the same way from the same seed. */
    private static void writeTies(JsonWriter out, int actors) throws IOException {
        MersenneTwisterFast random = new MersenneTwisterFast(LargeScenario.DEFAULT_SEED);
        out.name("ties");
        out.beginArray();
        for (int i = 0; i < actors; i++) {
            for (int k = 0; k < TableInput.TIES_PER_ACTOR; k++) {
                int j = random.nextInt(actors - 1);
                j = j >= i ? j + 1 : j;
                out.beginObject();
                out.name("from").value("a" + j);
                out.name("to").value("a" + i);
                out.name("weight").jsonValue(Double.toString(1.0 - random.nextDouble()));
                out.endObject();
            }
        }
        out.endArray();
    }
}
