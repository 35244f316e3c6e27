package org.negsim.discover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the inputs and the outcome of a plain CSV file (RFC 4180, UTF-8, a header line, an optional
 * byte-order mark) in one streaming pass with Commons CSV. Line numbers in messages count records,
 * the header being line 1 (the file's lines unless a cell holds a line break). Stateless.
 */
public final class CsvSource {

    /** RFC 4180, records ended by CRLF or LF on reading. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvSource() {
    }

    /**
     * Reads a CSV.
     *
     * @param file    the CSV file
     * @param inputs  the input columns
     * @param outcome the outcome column
     * @param where   which outcome cells are cases of interest
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws DiscoverException if the file is empty or not CSV, a row has the wrong number of cells,
     *                           a column is unknown or a cell is not of its column's kind
     */
    public static Dataset read(Path file, List<String> inputs, String outcome, Where where)
            throws IOException, DiscoverException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!hasNext(records, file, 1)) {
                throw new DiscoverException(file + ": empty, not even a header line");
            }
            List<String> header = new ArrayList<>(records.next().toList());
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            ColumnCollector collector = new ColumnCollector(file.toString(), header, inputs, outcome, where);
            long line = 1;
            while (hasNext(records, file, line + 1)) {
                CSVRecord r = records.next();
                line++;
                if (r.size() != header.size()) {
                    throw new DiscoverException(file + " line " + line + ": " + r.size() + " cells, the header has "
                            + header.size());
                }
                collector.add(r::get, line);
            }
            return collector.finish();
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> records, Path file, long line) throws DiscoverException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new DiscoverException(file + " line " + line + ": not valid CSV (" + e.getCause().getMessage() + ")");
        }
    }
}
