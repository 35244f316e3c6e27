package org.negsim.record;

import java.util.List;
import org.negsim.io.CsvFormat;

/** Helpers that add a fixed number of cells from an array that may be absent. */
final class Cells {

    private Cells() {
    }

    /** Adds {@code count} integer cells, or {@code count} empty cells when {@code values} is null. */
    static void addInts(List<String> row, int[] values, int count) {
        checkLength(values == null ? count : values.length, count);
        for (int i = 0; i < count; i++) {
            row.add(values == null ? "" : CsvFormat.cell(values[i]));
        }
    }

    /** Adds {@code count} double cells, or {@code count} empty cells when {@code values} is null. */
    static void addDoubles(List<String> row, double[] values, int count) {
        checkLength(values == null ? count : values.length, count);
        for (int i = 0; i < count; i++) {
            row.add(values == null ? "" : CsvFormat.cell(values[i]));
        }
    }

    private static void checkLength(int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException("expected " + expected + " values, got " + actual);
        }
    }
}
