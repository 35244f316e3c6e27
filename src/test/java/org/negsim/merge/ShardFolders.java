package org.negsim.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-made shard folders for the merge tests: a manifest and tables written from strings. */
final class ShardFolders {

    private ShardFolders() {
    }

    /**
     * A shard folder with a manifest of a sweep of {@code points × replications} runs with
     * {@code stages} stages, recording {@code record}.
     */
    static Path write(Path folder, int index, int count, int points, int replications, int stages, String record,
                      boolean finished) throws IOException {
        Files.createDirectories(folder);
        StringBuilder stageList = new StringBuilder();
        for (int s = 0; s < stages; s++) {
            stageList.append(s == 0 ? "" : ",").append("{\"id\":\"s").append(s).append("\"}");
        }
        String json = "{\"engineVersion\":\"0.1.0\",\"scenarioFile\":\"x.json\",\"scenarioSha256\":\"abc\","
                + "\"scenario\":{\"stages\":[" + stageList + "]},\"commandLine\":[],\"masterSeed\":7,\"runSeed\":null,"
                + "\"design\":{\"type\":\"grid\",\"samples\":0,\"replications\":" + replications + ",\"points\":" + points
                + ",\"vary\":{},\"record\":[" + record + "],\"shard\":{\"index\":" + index + ",\"count\":" + count + "}},"
                + "\"runs\":0,\"threads\":2,\"startTime\":\"2025-01-0" + (index + 1) + "T00:00:00Z\",\"endTime\":"
                + (finished ? "\"2025-02-0" + (index + 1) + "T00:00:00Z\"" : "null") + ",\"javaVersion\":\"17\"}";
        Files.writeString(folder.resolve("manifest.json"), json);
        return folder;
    }

    /** The parsed shard of a folder written by {@link #write}. */
    static ShardFolder read(Path folder) throws Exception {
        return ShardFolder.read(folder);
    }

    /** runs.csv of shard K/N of a sweep of {@code total} runs and {@code stages} stages, all rows present. */
    static String runs(int index, int count, long total, int stages) {
        StringBuilder b = new StringBuilder("run,stage\n");
        for (long r = index; r < total; r += count) {
            for (int s = 0; s < stages; s++) {
                b.append(r).append(",s").append(s).append('\n');
            }
        }
        return b.toString();
    }
}
