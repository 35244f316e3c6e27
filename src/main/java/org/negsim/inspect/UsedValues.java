package org.negsim.inspect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The values one column of {@code runs.csv} actually took over the rows read, for the heading of
 * {@code inspect} and {@code report}: up to {@link #LIST_LIMIT} distinct values in the order they
 * first appear (numbers in increasing order), beyond that the range {@code min .. max} of a numeric
 * column. Empty cells are left out. Memory: at most {@code LIST_LIMIT} values. Not thread-safe.
 */
final class UsedValues {

    /** The most distinct values listed one by one. */
    static final int LIST_LIMIT = 8;

    private final Set<String> distinct = new LinkedHashSet<>();
    private boolean overflow;
    private boolean numeric = true;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** Adds one cell. */
    void add(String cell) {
        if (cell.isEmpty()) {
            return;
        }
        if (numeric) {
            try {
                double x = Double.parseDouble(cell);
                min = Math.min(min, x);
                max = Math.max(max, x);
            } catch (NumberFormatException e) {
                numeric = false;
            }
        }
        if (!overflow && !distinct.contains(cell)) {
            if (distinct.size() == LIST_LIMIT) {
                overflow = true;
            } else {
                distinct.add(cell);
            }
        }
    }

    /** How many distinct values were seen, or {@code LIST_LIMIT + 1} for more. */
    int count() {
        return overflow ? LIST_LIMIT + 1 : distinct.size();
    }

    /**
     * The values for people: {@code simple, two-thirds}; {@code 0.05 .. 0.3 (sampled)} for a numeric
     * column with more than {@link #LIST_LIMIT} values; {@code a, b, ... (more than 8 values)} for text.
     */
    String describe() {
        if (overflow) {
            return numeric ? plain(min) + " .. " + plain(max) + " (" + (LIST_LIMIT + 1) + " or more values)"
                    : String.join(", ", distinct) + ", ... (more than " + LIST_LIMIT + " values)";
        }
        List<String> values = new ArrayList<>(distinct);
        if (numeric) {
            values.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        }
        return String.join(", ", values);
    }

    private static String plain(double x) {
        String s = String.format(Locale.ROOT, "%.4g", x);
        return s.contains("e") ? s : s.replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
