package org.negsim.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a JMH JSON result file ({@code -rf json}) of {@link EngineVsFloor} and prints, per number of
 * actors, ns per actor-decision (one actor in one round) of engine and floor, their ratio, and the
 * linearity ratio between successive sizes. {@code BenchReport RESULT.json}
 */
public final class BenchReport {

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        JsonArray results;
        try (Reader r = Files.newBufferedReader(Path.of(args[0]))) {
            results = JsonParser.parseReader(r).getAsJsonArray();
        }
        Map<Integer, double[]> byActors = new TreeMap<>(); // {engine ms/op, floor ms/op}
        for (JsonElement e : results) {
            JsonObject o = e.getAsJsonObject();
            String name = o.get("benchmark").getAsString();
            int actors = Integer.parseInt(o.getAsJsonObject("params").get("actors").getAsString());
            JsonObject metric = o.getAsJsonObject("primaryMetric");
            double score = metric.get("score").getAsDouble();
            double toMs = switch (metric.get("scoreUnit").getAsString()) {
                case "ms/op" -> 1.0;
                case "s/op" -> 1e3;
                case "us/op" -> 1e-3;
                case "ns/op" -> 1e-6;
                default -> throw new IllegalArgumentException("unit " + metric.get("scoreUnit"));
            };
            double[] row = byActors.computeIfAbsent(actors, a -> new double[] {Double.NaN, Double.NaN});
            row[name.endsWith(".engine") ? 0 : 1] = score * toMs;
        }
        System.out.printf("%10s %14s %14s %14s %14s %8s%n", "actors", "engine ms/run", "floor ms/run",
                "engine ns/a-d", "floor ns/a-d", "ratio");
        for (Map.Entry<Integer, double[]> e : byActors.entrySet()) {
            double decisions = (double) e.getKey() * LargeScenario.ROUNDS;
            double[] ms = e.getValue();
            System.out.printf("%10d %14.1f %14.1f %14.2f %14.2f %8.2f%n", e.getKey(), ms[0], ms[1],
                    ms[0] * 1e6 / decisions, ms[1] * 1e6 / decisions, ms[0] / ms[1]);
        }
        Integer[] sizes = byActors.keySet().toArray(new Integer[0]);
        for (int k = 1; k < sizes.length; k++) {
            System.out.printf("linearity: engine run at %d actors costs %.2fx the run at %d (%.0fx the actors)%n",
                    sizes[k], byActors.get(sizes[k])[0] / byActors.get(sizes[k - 1])[0], sizes[k - 1],
                    (double) sizes[k] / sizes[k - 1]);
        }
    }
}
