package org.negsim.merge;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.negsim.record.ActorsTable;
import org.negsim.io.BuildInfo;
import org.negsim.io.Manifest;
import org.negsim.io.FolderInUseException;
import org.negsim.io.OutputExistsException;
import org.negsim.io.ResultsFolder;
import org.negsim.record.RoundsTable;
import org.negsim.record.RunsTable;

/**
 * Merges the N shard folders of a sweep ({@code negsim sweep --shard K/N}) into one results folder
 * whose tables are byte-identical to those of the same sweep without {@code --shard}.
 *
 * <p>Everything is checked before anything is written: the manifests describe one sweep
 * ({@link ShardSet}), and every shard finished with exactly its runs ({@link RunsCheck}). The tables
 * are then merged one after another ({@link TableMerger}) into a staging folder that is renamed
 * into place when complete ({@link ResultsFolder}), so a failed merge leaves no output. Memory is
 * bounded by about {@value #READ_MEMORY} bytes of read buffers (at least 8 KiB per shard) plus one
 * line per shard, whatever the number of runs; each table's N files are open at the same time.
 *
 * <p>The merged {@code manifest.json} is the single-machine sweep's: its {@code design} has shard
 * {@code {index 0, count 1}} and {@code runs} is the sweep's total; {@code startTime} is the
 * earliest shard start, {@code endTime} the latest shard end, {@code threads} the shards' threads
 * summed, {@code commandLine} the merge's own; a key {@code merged} lists the shard folders
 * (absolute paths) in shard order.
 */
public final class Merge {

    /** The table every shard holds. */
    static final String RUNS = RunsTable.FILE_NAME;

    /** Read-buffer memory shared by the shards of one table, in bytes. */
    static final int READ_MEMORY = 32 << 20;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeNulls().create();

    /**
     * What was merged.
     *
     * @param folder the results folder written (absolute)
     * @param shards N
     * @param runs   runs of the sweep
     * @param tables the tables written, {@code runs.csv} first
     */
    public record Result(Path folder, int shards, long runs, List<String> tables) {
    }

    private Merge() {
    }

    /**
     * Merges shard folders.
     *
     * @param shardFolders the N shard folders, in any order
     * @param out          the results folder to write
     * @param overwrite    replace an existing non-empty {@code out}
     * @param commandLine  the arguments of the merge, for the manifest
     * @throws MergeRefusedException if the folders are not the complete shards of one sweep, or
     *                               {@code out} is or contains one of them
     * @throws OutputExistsException if {@code out} is not empty and {@code overwrite} is false
     * @throws FolderInUseException  if another process writes {@code out}
     * @throws IOException           if a file cannot be read or written
     */
    public static Result run(List<Path> shardFolders, Path out, boolean overwrite, List<String> commandLine)
            throws IOException, MergeRefusedException, OutputExistsException, FolderInUseException {
        if (shardFolders.isEmpty()) {
            throw new MergeRefusedException("no shard folders given");
        }
        List<ShardFolder> read = new ArrayList<>();
        for (Path folder : shardFolders) {
            read.add(ShardFolder.read(folder));
        }
        List<ShardFolder> shards = ShardSet.check(read);
        checkOutsideShards(shards, out);
        ShardFolder first = shards.get(0);
        int bufferSize = Math.max(8 << 10, Math.min(1 << 16, READ_MEMORY / shards.size()));
        for (ShardFolder shard : shards) {
            RunsCheck.check(shard, bufferSize);
        }
        List<String> tables = new ArrayList<>(List.of(RUNS));
        if (first.record().contains("rounds")) {
            tables.add(RoundsTable.FILE_NAME);
        }
        if (first.record().contains("actors")) {
            tables.add(ActorsTable.FILE_NAME);
        }
        for (String table : tables) {
            for (ShardFolder shard : shards) {
                Path file = shard.folder().resolve(table);
                if (!Files.isRegularFile(file)) {
                    throw new NoSuchFileException(file.toString(), null,
                            "missing, although the sweep recorded " + table);
                }
            }
        }
        try (ResultsFolder folder = ResultsFolder.prepare(out, overwrite)) {
            for (String table : tables) {
                TableMerger.merge(shards, table, first.totalRuns(), folder.staging().resolve(table), bufferSize);
            }
            writeManifest(shards, commandLine, folder.staging());
            folder.commit();
            return new Result(folder.target(), shards.size(), first.totalRuns(), List.copyOf(tables));
        }
    }

    /** Refuses an output folder that is a shard folder or holds one: {@code --overwrite} would delete it. */
    private static void checkOutsideShards(List<ShardFolder> shards, Path out) throws IOException,
            MergeRefusedException {
        Path target = real(out);
        for (ShardFolder shard : shards) {
            if (real(shard.folder()).startsWith(target)) {
                throw new MergeRefusedException("the output folder " + out + (real(shard.folder()).equals(target)
                        ? " is " : " contains ") + shard.label() + "; choose another --out, e.g. "
                        + (shard.folder().toAbsolutePath().normalize().getParent() == null ? "merged"
                        : shard.folder().toAbsolutePath().normalize().getParent().resolve("merged")));
            }
        }
    }

    /** The real path of a file, or of its nearest existing ancestor with the rest appended. */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }

    private static void writeManifest(List<ShardFolder> shards, List<String> commandLine, Path folder)
            throws IOException {
        ShardFolder first = shards.get(0);
        JsonObject m = first.manifest();
        JsonObject design = first.design().deepCopy();
        JsonObject all = new JsonObject();
        all.addProperty("index", 0);
        all.addProperty("count", 1);
        design.add("shard", all);
        Instant start = first.startTime();
        Instant end = first.endTime();
        int threads = 0;
        JsonArray merged = new JsonArray();
        for (ShardFolder s : shards) {
            start = s.startTime().isBefore(start) ? s.startTime() : start;
            end = s.endTime().isAfter(end) ? s.endTime() : end;
            threads += s.threads();
            merged.add(s.folder().toAbsolutePath().normalize().toString());
        }
        Long runSeed = null;
        Manifest manifest = new Manifest(m.get("engineVersion").getAsString(), m.get("scenarioFile").getAsString(),
                m.get("scenarioSha256").getAsString(), m.getAsJsonObject("scenario"), commandLine,
                m.get("masterSeed").getAsLong(), runSeed, design, first.totalRuns(), threads, start, end,
                m.get("javaVersion").getAsString(), null,
                Manifest.tablesOf(m, first.folder().resolve(Manifest.FILE_NAME)), BuildInfo.of(m));
        JsonObject json = manifest.toJson();
        json.add("merged", merged);
        try (Writer w = Files.newBufferedWriter(folder.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8)) {
            GSON.toJson(json, w);
            w.write("\n");
        }
    }
}
