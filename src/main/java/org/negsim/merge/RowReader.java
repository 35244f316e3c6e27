package org.negsim.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a negsim CSV table line by line as raw bytes, so that lines can be copied verbatim. A line
 * ends with a line feed (rows never contain line breaks: see {@code CsvFormat}); the first line is
 * the header; every other line starts with its run number. Memory: one read buffer and one line.
 * Not thread-safe.
 */
final class RowReader implements AutoCloseable {

    /** {@link #run()} of a line that does not start with a run number. */
    static final long NOT_A_RUN = -1;

    private final Path file;
    private final InputStream in;
    private final byte[] buffer;
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int length;
    private long run;
    private long lineNumber;
    private boolean torn;

    /**
     * Opens a table.
     *
     * @param file       the CSV file
     * @param bufferSize bytes read at a time (≥ 1)
     */
    RowReader(Path file, int bufferSize) throws IOException {
        this.file = file;
        this.in = Files.newInputStream(file);
        this.buffer = new byte[bufferSize];
    }

    /** The file read. */
    Path file() {
        return file;
    }

    /**
     * Advances to the next complete line. False at the end of the file; also false at a last line
     * without its line feed (a torn write), which {@link #torn()} then reports.
     */
    boolean next() throws IOException {
        length = 0;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    torn = length > 0;
                    return false;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            boolean complete = position < limit;
            if (complete) {
                position++;
            }
            append(start, position);
            if (complete) {
                lineNumber++;
                run = parseRun();
                return true;
            }
        }
    }

    /** Whether the file ended with an incomplete line (seen once {@link #next()} returned false). */
    boolean torn() {
        return torn;
    }

    /** The run number at the start of the current line, or {@link #NOT_A_RUN}. */
    long run() {
        return run;
    }

    /** The current line's number in the file, from 1 (the header). */
    long lineNumber() {
        return lineNumber;
    }

    /** Whether the current line has the same bytes as {@code other}'s current line. */
    boolean sameLine(RowReader other) {
        return Arrays.equals(line, 0, length, other.line, 0, other.length);
    }

    /** Writes the current line, line feed included, to {@code out}. */
    void copyLineTo(OutputStream out) throws IOException {
        out.write(line, 0, length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Closes the file, ignoring a failure (nothing was written to it). */
    void closeQuietly() {
        try {
            in.close();
        } catch (IOException e) {
            // a read-only file: nothing can be lost
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }

    /** The leading decimal digits of the line, if they are followed by a comma. */
    private long parseRun() {
        long value = 0;
        int i = 0;
        while (i < length && line[i] >= '0' && line[i] <= '9' && i < 18) {
            value = value * 10 + (line[i] - '0');
            i++;
        }
        return i > 0 && i < length && line[i] == ',' ? value : NOT_A_RUN;
    }
}
