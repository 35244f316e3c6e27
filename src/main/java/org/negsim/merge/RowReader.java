package org.negsim.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.negsim.io.CsvRecordScanner;

/**
 * Reads a negsim CSV table record by record ({@link CsvRecordScanner}: CSV records, never lines, so
 * a quoted cell may hold a line break), so that records can be copied verbatim. The first record is
 * the header; every other record starts with its run number. Memory: one record. Not thread-safe.
 */
final class RowReader implements AutoCloseable {

    /** {@link #run()} of a record that does not start with a run number. */
    static final long NOT_A_RUN = -1;

    private final CsvRecordScanner records;
    private long run;

    /**
     * Opens a table.
     *
     * @param file       the CSV file
     * @param bufferSize characters read at a time (≥ 1)
     */
    RowReader(Path file, int bufferSize) throws IOException {
        this.records = new CsvRecordScanner(file, bufferSize);
    }

    /** The file read. */
    Path file() {
        return records.file();
    }

    /**
     * Advances to the next complete record. False at the end of the file; also false at a last
     * record the file holds only in part (a torn write), which {@link #torn()} then reports.
     */
    boolean next() throws IOException {
        if (!records.next()) {
            return false;
        }
        run = records.runOrNegative();
        return true;
    }

    /** Whether the file ended with an incomplete record (seen once {@link #next()} returned false). */
    boolean torn() {
        return records.torn();
    }

    /** The run number in the first cell of the current record, or {@link #NOT_A_RUN}. */
    long run() {
        return run;
    }

    /** The current record's number in the file, from 1 (the header). */
    long lineNumber() {
        return records.recordNumber();
    }

    /** Whether the current record is the same as {@code other}'s current record. */
    boolean sameLine(RowReader other) {
        return records.text().equals(other.records.text());
    }

    /** Writes the current record, line feed included, to {@code out}. */
    void copyLineTo(OutputStream out) throws IOException {
        out.write(records.text().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    /** Closes the file, ignoring a failure (nothing was written to it). */
    void closeQuietly() {
        try {
            records.close();
        } catch (IOException e) {
            // a read-only file: nothing can be lost
        }
    }
}
