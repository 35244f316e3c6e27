package org.negsim.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The one CSV dialect of negsim's outputs, and the conversion of values to cells.
 *
 * <ul>
 *   <li>RFC 4180 quoting (a cell is quoted only when it contains a comma, a double quote, a line
 *       break or starts with a character that could confuse a reader; quotes are doubled), UTF-8,
 *       a header row.</li>
 *   <li>Records end with a single line feed {@code \n} (not the CRLF of RFC 4180): every reader
 *       negsim's users use (R, pandas, spreadsheets) accepts it, and files diff cleanly.</li>
 *   <li>Numbers never go through a {@link java.util.Locale}: integers in plain decimal, doubles
 *       as {@link Double#toString(double)} — {@code .} decimal point, the shortest digits that
 *       read back to the same double, exponent form such as {@code 1.0E-5} below 10⁻³ or from
 *       10⁷ on.</li>
 *   <li>Booleans as {@code TRUE} / {@code FALSE}: logical to R's {@code read.csv} (which reads
 *       lower-case {@code true} as text), readr, pandas and spreadsheets alike.</li>
 *   <li>An empty cell means "not applicable": an integer equal to
 *       {@link #NOT_APPLICABLE} or a NaN double.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvFormat {

    /** The commons-csv format of every negsim table. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    /** The record separator, a single line feed. */
    public static final String RECORD_SEPARATOR = "\n";

    /**
     * The integer written as an empty cell: −1, the "not applicable" count of a stage outcome
     * (kept equal to the engine's {@code StageOutcome.NOT_APPLICABLE}; io does not import the engine).
     */
    public static final int NOT_APPLICABLE = -1;

    private CsvFormat() {
    }

    /** An integer cell: empty for {@link #NOT_APPLICABLE}, else plain decimal. */
    public static String cell(int value) {
        return value == NOT_APPLICABLE ? "" : Integer.toString(value);
    }

    /** A long cell (run numbers and seeds, which may be negative): always plain decimal. */
    public static String cell(long value) {
        return Long.toString(value);
    }

    /** A double cell: empty for NaN, else {@link Double#toString(double)}. */
    public static String cell(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    /** A boolean cell: {@code TRUE} or {@code FALSE}. */
    public static String cell(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /**
     * A boolean cell read back: {@code TRUE}/{@code FALSE}, or the {@code true}/{@code false} of
     * results written before version 0.2; null for anything else (an empty cell included).
     */
    public static Boolean parseBoolean(String cell) {
        return switch (cell) {
            case "TRUE", "true" -> Boolean.TRUE;
            case "FALSE", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * Appends one whole record (quoted as needed, ending with {@link #RECORD_SEPARATOR}) to
     * {@code out}. A {@code null} cell is written as an empty cell.
     */
    public static void appendRecord(StringBuilder out, List<String> cells) {
        try {
            FORMAT.printRecord(out, cells.toArray());
        } catch (IOException e) {
            // A StringBuilder never throws; keep the compiler satisfied without hiding a real failure.
            throw new UncheckedIOException(e);
        }
    }

    /** One whole record as a string, ending with {@link #RECORD_SEPARATOR}. */
    public static String record(List<String> cells) {
        StringBuilder out = new StringBuilder();
        appendRecord(out, cells);
        return out.toString();
    }
}
