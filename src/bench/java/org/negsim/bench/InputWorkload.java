package org.negsim.bench;

import java.io.BufferedReader;
import java.io.IOException;
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
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("large.json"), StandardCharsets.UTF_8);
             Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            copyWithTies(in, w, actors);
        }
        System.out.println(json + ": " + Files.size(json) + " bytes");
    }

    /** The member LargeScenario writes for its (empty) ties, right after the actors. */
    private static final String EMPTY_TIES = "\"ties\":[]";

    /** Copies LargeScenario's file line by line, with the ties written in place of its empty list. */
    private static void copyWithTies(BufferedReader in, Writer w, int actors) throws IOException {
        boolean done = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int at = done ? -1 : line.indexOf(EMPTY_TIES);
            if (at >= 0) {
                w.write(line, 0, at);
                writeTies(w, actors);
                w.write(line, at + EMPTY_TIES.length(), line.length() - at - EMPTY_TIES.length());
                done = true;
            } else {
                w.write(line);
            }
            w.write('\n');
        }
        if (!done) {
            throw new IOException("no " + EMPTY_TIES + " in the workload file");
        }
    }

    /** The ties of {@link LargeScenario#randomTies} (those of {@code ties.csv}) as a JSON member. */
    private static void writeTies(Writer w, int actors) throws IOException {
        w.write("\"ties\":[");
        StringBuilder tie = new StringBuilder(64);
        boolean[] first = {true};
        LargeScenario.randomTies(actors, LargeScenario.DEFAULT_SEED, (from, to, weight) -> {
            tie.setLength(0);
            tie.append(first[0] ? "" : ",").append("{\"from\":\"a").append(from).append("\",\"to\":\"a").append(to)
                    .append("\",\"weight\":").append(weight).append('}');
            first[0] = false;
            w.append(tie);
        });
        w.write(']');
    }
}
