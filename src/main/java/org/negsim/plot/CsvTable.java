package org.negsim.plot;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.negsim.io.CsvFormat;
import org.negsim.io.RunsReader;

/**
 * A CSV table of a results folder read into memory: the header and the complete records, as
 * strings. {@code runs.csv} is read with {@link #runs(Path, boolean)} (through the io package's
 * {@link RunsReader}); other tables with {@link #read(Path)}, which drops a record with another
 * number of cells than the header (the torn last line an interrupted sweep may leave). Immutable.
 *
 * @param header the column names in file order
 * @param rows   the records, each with exactly {@code header.size()} cells
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    /** Copies the lists. */
    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * Reads a table written by negsim.
     *
     * @throws IOException if the file cannot be read or has no header row
     */
    public static CsvTable read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CsvFormat.FORMAT)) {
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                List<String> cells = r.toList();
                if (header == null) {
                    header = cells;
                } else if (cells.size() == header.size()) {
                    rows.add(Collections.unmodifiableList(cells));
                }
            }
            if (header == null) {
                throw new IOException(file + ": empty file, expected a header row");
            }
            return new CsvTable(header, rows);
        }
    }

    /**
     * Reads a {@code runs.csv} through {@link RunsReader}, the one reader of that table: its header
     * is checked, every row must have the header's number of cells, and a problem is a
     * {@link org.negsim.io.MalformedResultsException} naming the file and line.
     *
     * @param dropTornTail drop a last line without its line feed (a sweep that was interrupted)
     */
    public static CsvTable runs(Path file, boolean dropTornTail) throws IOException {
        try (RunsReader reader = RunsReader.open(file, dropTornTail)) {
            List<List<String>> rows = new ArrayList<>();
            for (RunsReader.Row row = reader.next(); row != null; row = reader.next()) {
                rows.add(Collections.unmodifiableList(row.cells()));
            }
            return new CsvTable(reader.header(), rows);
        }
    }

    /** The index of a column, or -1 when the table has none of that name. */
    public int column(String name) {
        return header.indexOf(name);
    }

    /** The index of a column that must exist. */
    public int requireColumn(String name) throws IOException {
        int i = column(name);
        if (i < 0) {
            throw new IOException("results table has no column '" + name + "'");
        }
        return i;
    }

    /** A map from column name to index, for reading many columns of many rows. */
    public Map<String, Integer> index() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), i);
        }
        return m;
    }

    /** A cell as a double; NaN when empty (not applicable) or not a number. */
    public static double number(String cell) {
        if (cell == null || cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A cell as an integer; -1 (not applicable) when empty or not an integer. */
    public static int integer(String cell) {
        if (cell == null || cell.isEmpty()) {
            return -1;
        }
        try {
            return Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether a boolean cell is true ({@code TRUE}, or {@code true} in results before version 0.2). */
    public static boolean isTrue(String cell) {
        return Boolean.TRUE.equals(org.negsim.io.CsvFormat.parseBoolean(cell));
    }
}
