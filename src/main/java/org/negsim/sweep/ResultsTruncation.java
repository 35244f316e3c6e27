package org.negsim.sweep;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Brings the tables of an interrupted sweep back to the last run that was written completely, so
 * that resuming appends exactly the rows an uninterrupted sweep would have written next.
 * <p>Tables hold whole runs in run order, {@code runs.csv} written last for each run (see
 * {@code ResultTables.append}). A killed process can leave a torn last line and, in
 * {@code rounds.csv} / {@code actors.csv}, rows of a run that {@code runs.csv} does not list yet.
 * The first column of every row is the run number.
 */
final class ResultsTruncation {

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
        long keep = -1;
        long lastComplete = NONE;
        long currentRun = Long.MIN_VALUE;
        int rowsOfCurrent = 0;
        try (LineScanner lines = new LineScanner(runs)) {
            if (!lines.next()) {
                throw new IOException(runs + ": no complete header line; delete the folder and start again");
            }
            keep = lines.end();
            while (lines.next()) {
                long run = lines.run();
                if (run != currentRun) {
                    currentRun = run;
                    rowsOfCurrent = 0;
                }
                rowsOfCurrent++;
                if (rowsOfCurrent == rowsPerRun) {
                    lastComplete = run;
                    keep = lines.end();
                }
            }
        }
        truncate(runs, keep);
        return lastComplete;
    }

    /** Truncates a per-run table before its first row of a run after {@code lastRun} or its torn last line. */
    static void truncateAfter(Path table, long lastRun) throws IOException {
        long keep;
        try (LineScanner lines = new LineScanner(table)) {
            if (!lines.next()) {
                throw new IOException(table + ": no complete header line; delete the folder and start again");
            }
            keep = lines.end();
            while (lines.next() && lines.run() <= lastRun) {
                keep = lines.end();
            }
        }
        truncate(table, keep);
    }

    /**
     * Whether every table exists and has a complete header line. Tables are created before any
     * row is written, so when this is false no run has been written and the tables can be started
     * afresh.
     */
    static boolean intact(java.util.List<Path> tables) throws IOException {
        for (Path table : tables) {
            if (!Files.isRegularFile(table)) {
                return false;
            }
            try (LineScanner lines = new LineScanner(table)) {
                if (!lines.next()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (channel.size() > size) {
                channel.truncate(size);
            }
        }
    }

    /** Reads complete lines (ending in a line feed) and their first field; ignores a torn last line. */
    private static final class LineScanner implements AutoCloseable {
        private final InputStream in;
        private long position;
        private long lineEnd;
        private long firstField;
        private boolean header = true;

        LineScanner(Path file) throws IOException {
            this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        }

        /** Advances to the next complete line; false at the end or at a torn last line. */
        boolean next() throws IOException {
            long value = 0;
            boolean inFirst = true;
            boolean digits = false;
            int b;
            while ((b = in.read()) != -1) {
                position++;
                if (b == '\n') {
                    lineEnd = position;
                    firstField = digits ? value : Long.MAX_VALUE;
                    if (!header && !digits) {
                        throw new IOException("a row does not start with a run number at byte " + position);
                    }
                    header = false;
                    return true;
                }
                if (inFirst) {
                    if (b >= '0' && b <= '9') {
                        value = value * 10 + (b - '0');
                        digits = true;
                    } else {
                        inFirst = false;
                    }
                }
            }
            return false;
        }

        long end() {
            return lineEnd;
        }

        long run() {
            return firstField;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
