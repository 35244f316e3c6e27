package org.negsim.sweep;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.negsim.io.CsvRecordScanner;
import org.negsim.io.DamagedResultsException;

/**
 * Brings the tables of an interrupted sweep back to the last run that was written completely, so
 * that resuming appends exactly the rows an uninterrupted sweep would have written next.
 * <p>Tables hold whole runs in run order, {@code runs.csv} written last for each run (see
 * {@code ResultTables.append}). A killed process can leave a torn last line and, in
 * {@code rounds.csv} / {@code actors.csv}, rows of a run that {@code runs.csv} does not list yet.
 * The first column of every row is the run number. Tables are read as CSV records
 * ({@link CsvRecordScanner}), never as lines: a quoted cell may hold a line break.
 */
final class ResultsTruncation {

    /** Characters read at a time. */
    private static final int BUFFER = 1 << 16;

    private ResultsTruncation() {
    }

    /** No complete run: the tables keep only their header. */
    static final long NONE = -1;

    /**
     * Truncates {@code runs.csv} after the last run that has all its {@code rowsPerRun} rows and
     * returns that run ({@link #NONE} if none).
     *
     * @throws IOException if the file has no complete header line
     */
    static long truncateRuns(Path runs, int rowsPerRun) throws IOException {
        long keep;
        long lastComplete = NONE;
        long currentRun = Long.MIN_VALUE;
        int rowsOfCurrent = 0;
        try (CsvRecordScanner records = new CsvRecordScanner(runs, BUFFER)) {
            if (!records.next()) {
                throw new DamagedResultsException(runs + ": no complete header; delete the folder and start again");
            }
            keep = records.end();
            while (records.next()) {
                long run = records.run();
                if (run != currentRun) {
                    if (currentRun != Long.MIN_VALUE && run <= currentRun) {
                        throw outOfOrder(runs, records);
                    }
                    currentRun = run;
                    rowsOfCurrent = 0;
                }
                rowsOfCurrent++;
                if (rowsOfCurrent == rowsPerRun) {
                    lastComplete = run;
                    keep = records.end();
                }
            }
        }
        truncate(runs, keep);
        return lastComplete;
    }

    /** Truncates a per-run table before its first record of a run after {@code lastRun} or its torn last record. */
    static void truncateAfter(Path table, long lastRun) throws IOException {
        long keep;
        try (CsvRecordScanner records = new CsvRecordScanner(table, BUFFER)) {
            if (!records.next()) {
                throw new DamagedResultsException(table + ": no complete header; delete the folder and start again");
            }
            keep = records.end();
            long previous = Long.MIN_VALUE;
            while (records.next()) {
                long run = records.run();
                if (run < previous) {
                    throw outOfOrder(table, records);
                }
                previous = run;
                if (run > lastRun) {
                    break;
                }
                keep = records.end();
            }
        }
        truncate(table, keep);
    }

    /**
     * Whether every table exists and has a complete header. Tables are created before any row is
     * written, so when this is false no run has been written and the tables can be started afresh.
     */
    static boolean intact(java.util.List<Path> tables) throws IOException {
        for (Path table : tables) {
            if (!Files.isRegularFile(table)) {
                return false;
            }
            try (CsvRecordScanner records = new CsvRecordScanner(table, BUFFER)) {
                if (!records.next()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static DamagedResultsException outOfOrder(Path table, CsvRecordScanner records) {
        return new DamagedResultsException(table + ": record " + records.recordNumber() + " is out of run order;"
                + " the file is damaged (another process wrote it?); delete the folder and start again");
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (channel.size() > size) {
                channel.truncate(size);
            }
        }
    }
}
