package org.negsim.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a {@code runs.csv} (layout: {@code org.negsim.record.RunsTable}) one row at a time with Commons CSV, so that
 * memory does not grow with the number of rows. The header must start with {@code run, point,
 * replicate, seed}; the columns between {@code seed} and {@code stage} are the parameter columns;
 * {@code rule, executed, success, success_round, joined} and {@code ambition} must follow.
 *
 * <p>Line numbers count records, the header being line 1; they are the file's lines because negsim
 * never writes a line break inside a cell. Every problem is a {@link MalformedResultsException}
 * naming the file and the line.
 *
 * <p><b>Torn tail.</b> A sweep that was killed may leave a last line without its line feed (and so
 * possibly cut short). When asked to, the reader drops such a last line instead of reading it.
 *
 * <p>Not thread-safe.
 */
public final class RunsReader implements AutoCloseable {

    /** The columns after {@code stage} that inspecting needs. */
    static final List<String> NEEDED = List.of("rule", "executed", "success", "success_round", "joined", "ambition");

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final List<String> parameterColumns;
    private final boolean dropLast;
    private final int run;
    private final int point;
    private final int stage;
    private final int rule;
    private final int executed;
    private final int success;
    private final int successRound;
    private final int joined;
    private final int ambition;
    private final int yes;
    private final int no;
    private final int abstain;
    private long line = 1;

    private RunsReader(Path file, CSVParser parser, Iterator<CSVRecord> records, List<String> header,
                       boolean dropLast) throws MalformedResultsException {
        this.file = file;
        this.parser = parser;
        this.records = records;
        this.header = List.copyOf(header);
        this.dropLast = dropLast;
        List<String> start = List.of("run", "point", "replicate", "seed");
        if (header.size() < start.size() || !header.subList(0, start.size()).equals(start)) {
            throw new MalformedResultsException(file, 1, "not a negsim runs.csv: the header must start with "
                    + String.join(",", start));
        }
        this.stage = header.indexOf("stage");
        if (stage < start.size()) {
            throw new MalformedResultsException(file, 1, "not a negsim runs.csv: the header has no stage column");
        }
        List<String> after = header.subList(stage, header.size());
        for (String name : NEEDED) {
            if (!after.contains(name)) {
                throw new MalformedResultsException(file, 1, "not a negsim runs.csv: the header has no " + name
                        + " column after stage");
            }
        }
        this.parameterColumns = List.copyOf(header.subList(start.size(), stage));
        this.run = 0;
        this.point = 1;
        this.rule = stage + after.indexOf("rule");
        this.executed = stage + after.indexOf("executed");
        this.success = stage + after.indexOf("success");
        this.successRound = stage + after.indexOf("success_round");
        this.joined = stage + after.indexOf("joined");
        this.ambition = stage + after.indexOf("ambition");
        this.yes = after.contains("yes") ? stage + after.indexOf("yes") : -1;
        this.no = after.contains("no") ? stage + after.indexOf("no") : -1;
        this.abstain = after.contains("abstain") ? stage + after.indexOf("abstain") : -1;
    }

    /**
     * Opens a {@code runs.csv} and reads its header.
     *
     * @param dropTornTail drop a last line that does not end with a line feed (for an interrupted sweep)
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws MalformedResultsException if the file is empty or its header is not that of a runs.csv
     */
    public static RunsReader open(Path file, boolean dropTornTail) throws IOException {
        boolean torn = dropTornTail && !endsWithLineFeed(file);
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            CSVParser parser = CSVParser.parse(in, CsvFormat.FORMAT);
            Iterator<CSVRecord> records = parser.iterator();
            if (!hasNext(records, file, 1)) {
                throw new MalformedResultsException(file, 0, "empty, not even a header line");
            }
            List<String> header = records.next().toList();
            return new RunsReader(file, parser, records, header, torn);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** All column names, in order. */
    public List<String> header() {
        return header;
    }

    /** The parameter columns (the varied or {@code --set} paths), in order; possibly none. */
    public List<String> parameterColumns() {
        return parameterColumns;
    }

    /** The measure columns ({@code measure_<id>} after {@code ambition}), in order; possibly none. */
    public List<String> measureColumns() {
        return header.subList(ambition + 1, header.size()).stream().filter(h -> h.startsWith("measure_")).toList();
    }

    /** The index of the named column, or −1. */
    public int column(String name) {
        return header.indexOf(name);
    }

    /** The next row, or null after the last (and instead of a torn last line, if asked to drop it). */
    public Row next() throws MalformedResultsException {
        if (!hasNext(records, file, line + 1)) {
            return null;
        }
        CSVRecord record = records.next();
        line++;
        if (dropLast && !hasNext(records, file, line + 1)) {
            return null;
        }
        if (record.size() != header.size()) {
            throw new MalformedResultsException(file, line, record.size() + " cells, the header has " + header.size());
        }
        return new Row(record, line);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static boolean hasNext(Iterator<CSVRecord> records, Path file, long line) throws MalformedResultsException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new MalformedResultsException(file, line, "not valid CSV (" + e.getCause().getMessage() + ")");
        }
    }

    private static boolean endsWithLineFeed(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            return last.get(0) == '\n';
        }
    }

    /** One row of {@code runs.csv}: its cells, parsed on demand. */
    public final class Row {
        private final CSVRecord record;
        private final long line;

        private Row(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        /** The row's line in the file (the header is line 1). */
        public long line() {
            return line;
        }

        /** The cell of column {@code index}, as written. */
        public String cell(int index) {
            return record.get(index);
        }

        /** The run number, ≥ 0. */
        public long run() throws MalformedResultsException {
            return nonNegative(run, "run");
        }

        /** The design point, ≥ 0. */
        public long point() throws MalformedResultsException {
            return nonNegative(point, "point");
        }

        /** The stage id. */
        public String stage() {
            return record.get(stage);
        }

        /** The stage's decision rule type. */
        public String rule() {
            return record.get(rule);
        }

        /** Whether the stage ran. */
        public boolean executed() throws MalformedResultsException {
            Boolean b = CsvFormat.parseBoolean(record.get(executed));
            if (b == null) {
                throw bad(executed, "TRUE or FALSE", record.get(executed));
            }
            return b;
        }

        /**
         * Whether the stage ran and met its success conditions ({@code FALSE} when it did not run;
         * the empty cell of results written before version 0.2 is read as false).
         */
        public boolean succeeded() throws MalformedResultsException {
            String s = record.get(success);
            Boolean b = s.isEmpty() ? Boolean.FALSE : CsvFormat.parseBoolean(s);
            if (b == null) {
                throw bad(success, "TRUE or FALSE", s);
            }
            return b && executed();
        }

        /** {@code success_round}, NaN when empty. */
        public double successRound() throws MalformedResultsException {
            return number(successRound);
        }

        /** {@code joined}, NaN when empty. */
        public double joined() throws MalformedResultsException {
            return number(joined);
        }

        /** {@code ambition}, NaN when empty. */
        public double ambition() throws MalformedResultsException {
            return number(ambition);
        }

        /** {@code yes} (votes in the last round), NaN when empty or when the table has no such column. */
        public double yes() throws MalformedResultsException {
            return yes < 0 ? Double.NaN : number(yes);
        }

        /** {@code no}, NaN when empty or absent. */
        public double no() throws MalformedResultsException {
            return no < 0 ? Double.NaN : number(no);
        }

        /** {@code abstain}, NaN when empty or absent. */
        public double abstain() throws MalformedResultsException {
            return abstain < 0 ? Double.NaN : number(abstain);
        }

        /** All the row's cells, in column order (as many as the header has). */
        public List<String> cells() {
            return record.toList();
        }

        /** The cells of the given columns, in that order. */
        public List<String> cells(int[] columns) {
            List<String> values = new ArrayList<>(columns.length);
            for (int c : columns) {
                values.add(record.get(c));
            }
            return values;
        }

        private long nonNegative(int column, String what) throws MalformedResultsException {
            String s = record.get(column);
            try {
                long v = Long.parseLong(s);
                if (v >= 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(column, "a " + what + " number >= 0", s);
        }

        /** The finite number in column {@code column}, NaN when the cell is empty. */
        public double number(int column) throws MalformedResultsException {
            String s = record.get(column);
            if (s.isEmpty()) {
                return Double.NaN;
            }
            try {
                double v = Double.parseDouble(s);
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(column, "a number or empty", s);
        }

        private MalformedResultsException bad(int column, String expected, String found) {
            return new MalformedResultsException(file, line, "column " + header.get(column) + ": expected "
                    + expected + ", was \"" + found + "\"");
        }
    }
}
