package org.negsim.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a table that negsim wrote as CSV records (Commons CSV: a quoted cell may hold a comma, a
 * quote or a line break), each with the byte offsets where it starts and ends, so that a table can
 * be cut after a record or copied record by record. Every record must be exactly as
 * {@link CsvFormat} writes it — the canonical form of its cells, ending with a line feed — which is
 * checked against the bytes: anything else is a {@link DamagedResultsException}. A last record
 * that the file holds only in part (a write cut short by a crash) ends the table and is reported by
 * {@link #torn()}. Memory: one record. Not thread-safe.
 */
public final class CsvRecordScanner implements AutoCloseable {

    private final Path file;
    private final long size;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private List<String> cells;
    private String canonical;
    private long start;
    private long end;
    private long number;
    private boolean torn;

    /**
     * Opens a table.
     *
     * @param file       the CSV file (UTF-8)
     * @param bufferSize characters read at a time (≥ 1)
     */
    public CsvRecordScanner(Path file, int bufferSize) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        this.parser = CSVParser.builder().setPath(file).setCharset(StandardCharsets.UTF_8).setBufferSize(bufferSize)
                .setFormat(CsvFormat.FORMAT).setTrackBytes(true).get();
        this.records = parser.iterator();
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /**
     * Advances to the next complete record. False at the end of the file, and at a last record the
     * file holds only in part ({@link #torn()} then says so).
     *
     * @throws DamagedResultsException if a record is not one negsim writes
     */
    public boolean next() throws IOException {
        if (torn) {
            return false;
        }
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                if (end != size) {
                    throw damaged(number + 1, "is not a CSV record");
                }
                return false;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            if (String.valueOf(e.getCause().getMessage()).contains("EOF reached before encapsulated token finished")) {
                torn = true;   // a quoted cell cut short by the end of the file
                return false;
            }
            throw damaged(number + 1, "is not a CSV record (" + e.getCause().getMessage() + ")");
        }
        long recordStart = record.getBytePosition();
        if (recordStart != end) {
            throw damaged(number, "is not a CSV record as negsim writes it");
        }
        List<String> values = record.toList();
        String text = CsvFormat.record(values);
        long recordEnd = recordStart + text.getBytes(StandardCharsets.UTF_8).length;
        if (recordEnd > size) {
            torn = true;
            return false;
        }
        number++;
        cells = values;
        canonical = text;
        start = recordStart;
        end = recordEnd;
        return true;
    }

    /** Whether the table ended with a record cut short (seen once {@link #next()} returned false). */
    public boolean torn() {
        return torn;
    }

    /** The current record's cells. */
    public List<String> cells() {
        return cells;
    }

    /** The current record exactly as it is in the file, line feed included. */
    public String text() {
        return canonical;
    }

    /** The byte offset just after the current record (0 before the first). */
    public long end() {
        return end;
    }

    /** The byte offset where the current record starts. */
    public long start() {
        return start;
    }

    /** The current record's number, from 1 (the header). */
    public long recordNumber() {
        return number;
    }

    /**
     * The current record's run number: its first cell as a non-negative integer.
     *
     * @throws DamagedResultsException if the first cell is not one
     */
    public long run() throws DamagedResultsException {
        long run = runOrNegative();
        if (run < 0) {
            throw damaged(number, "does not start with a run number");
        }
        return run;
    }

    /** The current record's first cell as a non-negative integer of up to 18 digits, else -1. */
    public long runOrNegative() {
        String first = cells.get(0);
        if (first.isEmpty() || first.length() > 18 || !first.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(first);
    }

    private DamagedResultsException damaged(long record, String what) {
        return new DamagedResultsException(file + ": record " + record + " " + what
                + "; the file is damaged (restore it, or delete the folder and start again)");
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
