package org.negsim.merge;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges one table ({@code runs.csv}, {@code rounds.csv} or {@code actors.csv}) of N shards into
 * one file in run order: the header once (it must be the same in every shard), then for each run
 * r = 0, 1, … the lines of run r, copied verbatim from shard r mod N. Each shard's file is read
 * once, sequentially; memory is N read buffers and one line each, whatever the number of runs.
 */
final class TableMerger {

    private TableMerger() {
    }

    /**
     * Writes the merged table.
     *
     * @param shards     the shards ordered by index (shard K at position K)
     * @param table      the file name in each shard folder
     * @param totalRuns  runs of the sweep
     * @param target     the file to create
     * @param bufferSize read buffer per shard, in bytes
     * @throws MergeRefusedException if the headers differ, or a shard's file holds a line that is not
     *                               one of its runs in order
     */
    /** How many absent runs a refusal names. */
    private static final int NAMED = 10;

    static void merge(List<ShardFolder> shards, String table, long totalRuns, Path target, int bufferSize)
            throws IOException, MergeRefusedException {
        int n = shards.size();
        RowReader[] readers = new RowReader[n];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.CREATE_NEW),
                1 << 16)) {
            for (int k = 0; k < n; k++) {
                readers[k] = new RowReader(shards.get(k).folder().resolve(table), bufferSize);
                if (!readers[k].next()) {
                    throw new MergeRefusedException(shards.get(k).label() + ": " + table + " has no header line");
                }
                if (k > 0 && !readers[k].sameLine(readers[0])) {
                    throw new MergeRefusedException(shards.get(k).label() + ": the header of " + table
                            + " differs from that of " + shards.get(0).label());
                }
            }
            readers[0].copyLineTo(out);
            boolean[] pending = new boolean[n];
            for (int k = 0; k < n; k++) {
                pending[k] = readers[k].next();
            }
            List<List<Long>> absent = new ArrayList<>();
            long[] absentCount = new long[n];
            for (int k = 0; k < n; k++) {
                absent.add(new ArrayList<>());
            }
            for (long run = 0; run < totalRuns; run++) {
                int k = (int) (run % n);
                RowReader r = readers[k];
                boolean any = false;
                while (pending[k] && r.run() == run) {
                    r.copyLineTo(out);
                    pending[k] = r.next();
                    any = true;
                }
                if (!any) {
                    absentCount[k]++;
                    if (absent.get(k).size() < NAMED) {
                        absent.get(k).add(run);
                    }
                }
                if (pending[k] && (r.run() < run || r.run() == RowReader.NOT_A_RUN)) {
                    throw misplaced(shards.get(k), table, r);
                }
            }
            for (int k = 0; k < n; k++) {
                if (pending[k]) {
                    throw misplaced(shards.get(k), table, readers[k]);
                }
                if (readers[k].torn()) {
                    throw new MergeRefusedException(shards.get(k).label() + ": " + table
                            + " ends with an incomplete line; resume the shard with negsim sweep --resume");
                }
            }
            for (int k = 0; k < n; k++) {
                if (absentCount[k] > 0) {
                    throw new MergeRefusedException(shards.get(k).label() + ": " + table + " has no rows of "
                            + (absentCount[k] == 1 ? "run " : "runs ") + ShardSet.list(absent.get(k))
                            + (absentCount[k] > absent.get(k).size() ? ", …" : "") + " (" + absentCount[k]
                            + " of the shard's runs); the shard is damaged: run it again with negsim sweep --overwrite");
                }
            }
        } finally {
            for (RowReader r : readers) {
                if (r != null) {
                    r.closeQuietly();
                }
            }
        }
    }

    private static MergeRefusedException misplaced(ShardFolder shard, String table, RowReader r) {
        return new MergeRefusedException(shard.label() + ": " + table + " line " + r.lineNumber()
                + (r.run() == RowReader.NOT_A_RUN ? " does not start with a run number"
                : " holds run " + r.run() + ", which is out of order or not a run of shard " + shard.index() + "/"
                + shard.count()));
    }
}
