package org.negsim.merge;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.negsim.io.Manifest;

/**
 * One shard folder of a sweep as its {@code manifest.json} describes it (see {@link Manifest} and
 * {@code SweepPlan.describe}).
 *
 * @param folder        the folder, as given
 * @param manifest      the whole manifest
 * @param index         K of {@code --shard K/N}
 * @param count         N
 * @param design        {@code design} of the manifest, {@code shard} included
 * @param stages        number of stages of the scenario: rows per run in {@code runs.csv}
 * @param totalRuns     runs of the whole sweep: points × replications
 * @param record        the recorded extra tables ({@code rounds}, {@code actors})
 * @param threads       worker threads of the shard's sweep
 * @param startTime     when the shard's sweep started
 * @param endTime       when it finished; null if it did not
 */
record ShardFolder(Path folder, JsonObject manifest, int index, int count, JsonObject design, int stages,
                   long totalRuns, List<String> record, int threads, Instant startTime, Instant endTime) {

    /** The shard's number of runs: those r &lt; total with r mod N = K. */
    long shardRuns() {
        return totalRuns / count + (index < totalRuns % count ? 1 : 0);
    }

    /** {@code shard K (FOLDER)}, for messages. */
    String label() {
        return "shard " + index + " (" + folder + ")";
    }

    /**
     * Reads a folder's manifest.
     *
     * @throws NoSuchFileException     if the folder or its manifest does not exist
     * @throws IOException             if the manifest cannot be read or is not JSON
     * @throws MergeRefusedException   if the folder is not a shard of a sweep
     */
    static ShardFolder read(Path folder) throws IOException, MergeRefusedException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "no such folder");
        }
        Path file = folder.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new MergeRefusedException(folder + " is not a results folder of negsim sweep: it has no "
                    + Manifest.FILE_NAME);
        }
        JsonObject m;
        try {
            m = Manifest.read(folder);
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException(file + ": not a valid manifest (" + e.getMessage() + ")", e);
        }
        String notAShard = folder + " is not a shard of a sweep: its " + Manifest.FILE_NAME + " has no valid ";
        try {
            for (String key : new String[] {"engineVersion", "scenarioFile", "scenarioSha256", "javaVersion"}) {
                m.get(key).getAsString();
            }
            m.get("masterSeed").getAsLong();
            JsonObject design = m.getAsJsonObject("design");
            if (design == null || !design.has("shard") || !design.has("points") || !design.has("replications")) {
                throw new MergeRefusedException(notAShard + "sweep design (made by negsim run?)");
            }
            JsonObject shard = design.getAsJsonObject("shard");
            int index = shard.get("index").getAsInt();
            int count = shard.get("count").getAsInt();
            if (count < 1 || index < 0 || index >= count) {
                throw new MergeRefusedException(notAShard + "design.shard (" + shard + ")");
            }
            JsonElement stagesTree = m.getAsJsonObject("scenario").get("stages");
            if (stagesTree == null || !stagesTree.isJsonArray() || stagesTree.getAsJsonArray().isEmpty()) {
                throw new MergeRefusedException(notAShard + "scenario.stages");
            }
            List<String> record = new ArrayList<>();
            JsonArray rec = design.getAsJsonArray("record");
            if (rec != null) {
                rec.forEach(e -> record.add(e.getAsString()));
            }
            long total = Math.multiplyExact(design.get("points").getAsLong(), design.get("replications").getAsLong());
            JsonElement end = m.get("endTime");
            return new ShardFolder(folder, m, index, count, design, stagesTree.getAsJsonArray().size(), total,
                    List.copyOf(record), m.get("threads").getAsInt(), Instant.parse(m.get("startTime").getAsString()),
                    end == null || end.isJsonNull() ? null : Instant.parse(end.getAsString()));
        } catch (RuntimeException e) {
            // a missing key (NullPointerException), a wrong type (ClassCastException, IllegalStateException,
            // NumberFormatException), a bad time (DateTimeParseException), an overflow (ArithmeticException)
            throw new MergeRefusedException(notAShard + "fields (" + describe(e) + ")");
        }
    }

    private static String describe(RuntimeException e) {
        if (e instanceof DateTimeParseException d) {
            return "time " + d.getParsedString();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
