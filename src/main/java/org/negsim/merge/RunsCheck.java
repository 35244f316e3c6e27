package org.negsim.merge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a shard's {@code runs.csv} holds exactly the shard's runs: every run r &lt; total with
 * r mod N = K, in increasing order, each with one row per stage, and nothing else. Reads the file
 * once, line by line; memory does not grow with the number of runs.
 */
final class RunsCheck {

    /** At most this many missing runs are named in a message. */
    private static final int NAMED = 5;

    private RunsCheck() {
    }

    /**
     * Checks one shard.
     *
     * @param shard      the shard (its {@code runs.csv} is read)
     * @param bufferSize read buffer in bytes
     * @throws MergeRefusedException if runs are missing (named, with their count), the shard did not
     *                               finish, or a row is out of place
     */
    static void check(ShardFolder shard, int bufferSize) throws IOException, MergeRefusedException {
        long n = shard.count();
        long total = shard.totalRuns();
        long expected = shard.index();
        long missing = 0;
        List<Long> named = new ArrayList<>();
        String resume = "; resume it with negsim sweep --resume and the same arguments";
        try (RowReader rows = new RowReader(shard.folder().resolve(Merge.RUNS), bufferSize)) {
            if (!rows.next()) {
                throw new MergeRefusedException(shard.label() + ": " + Merge.RUNS + " has no header line" + resume);
            }
            long current = -1;
            int rowsOfCurrent = 0;
            while (true) {
                boolean more = rows.next();
                long run = more ? rows.run() : Long.MAX_VALUE;
                if (more && (run == RowReader.NOT_A_RUN || run >= total || run % n != shard.index())) {
                    throw new MergeRefusedException(shard.label() + ": " + Merge.RUNS + " line " + rows.lineNumber()
                            + (run == RowReader.NOT_A_RUN ? " does not start with a run number"
                            : " holds run " + run + ", which is not a run of shard " + shard.index() + "/" + n
                            + " of a sweep of " + total + " runs"));
                }
                if (more && run == current) {
                    rowsOfCurrent++;
                    if (rowsOfCurrent > shard.stages()) {
                        throw new MergeRefusedException(shard.label() + ": " + Merge.RUNS + " line " + rows.lineNumber()
                                + ": run " + run + " has more than its " + shard.stages() + " rows (one per stage)");
                    }
                    continue;
                }
                if (more && run < current) {
                    throw new MergeRefusedException(shard.label() + ": " + Merge.RUNS + " line " + rows.lineNumber()
                            + ": run " + run + " after run " + current + " (out of order or duplicated)");
                }
                // run `current` is over: count it as missing unless it had all its rows
                if (current >= 0 && rowsOfCurrent < shard.stages()) {
                    missing++;
                    if (named.size() < NAMED) {
                        named.add(current);
                    }
                }
                // runs skipped between `current` and `run`
                long until = Math.min(run, total);
                if (expected < until) {
                    long skipped = (until - expected + n - 1) / n;
                    missing += skipped;
                    for (long r = expected; r < until && named.size() < NAMED; r += n) {
                        named.add(r);
                    }
                }
                if (!more) {
                    break;
                }
                current = run;
                rowsOfCurrent = 1;
                expected = run + n;
            }
        }
        if (missing > 0) {
            throw new MergeRefusedException(shard.label() + " is missing " + (missing == 1 ? "run " : "runs ")
                    + ShardSet.list(named) + (missing > named.size() ? ", …" : "")
                    + " (" + missing + " of " + shard.shardRuns() + ")" + resume);
        }
        if (shard.endTime() == null) {
            throw new MergeRefusedException(shard.label() + " did not finish (its manifest has no endTime)" + resume);
        }
    }
}
