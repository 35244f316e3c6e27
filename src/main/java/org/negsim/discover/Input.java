package org.negsim.discover;

import java.util.List;

/**
 * One input column of a {@link Dataset}: real, integer or categorical.
 *
 * <ul>
 *   <li>{@link Kind#REAL}: numbers; peeled at the EMA Workbench quantile (a limit halfway between
 *       two distinct values).</li>
 *   <li>{@link Kind#INTEGER}: numbers every one of which is written as an integer literal
 *       ({@code -3}, {@code 12}; not {@code 12.0}), as pandas reads an {@code int64} column; peeled
 *       as the EMA Workbench peels integers (limits are values of the data).</li>
 *   <li>{@link Kind#CATEGORICAL}: labels, coded 0..c−1 in the order of {@link String#compareTo} of the
 *       labels; peeled by removing one category at a time.</li>
 * </ul>
 *
 * <p>Immutable by contract: the arrays are never changed after construction and are not exposed.
 */
public final class Input {

    /** How an input is peeled. */
    public enum Kind {
        /** Real numbers. */
        REAL,
        /** Integers (every cell an integer literal). */
        INTEGER,
        /** Labels. */
        CATEGORICAL;

        /** The lower-case name used in printed output. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String name;
    private final Kind kind;
    private final double[] values;
    private final int[] codes;
    private final List<String> categories;
    private final double min;
    private final double max;

    private Input(String name, Kind kind, double[] values, int[] codes, List<String> categories) {
        this.name = name;
        this.kind = kind;
        this.values = values;
        this.codes = codes;
        this.categories = categories;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        if (values != null) {
            for (double v : values) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        this.min = lo;
        this.max = hi;
    }

    /**
     * A numeric input.
     *
     * @param values one finite value per row (kept, not copied)
     */
    public static Input numeric(String name, boolean integer, double[] values) {
        return new Input(name, integer ? Kind.INTEGER : Kind.REAL, values, null, null);
    }

    /**
     * A categorical input.
     *
     * @param codes      per row an index into {@code categories} (kept, not copied)
     * @param categories the distinct labels in {@link String#compareTo} order
     */
    public static Input categorical(String name, int[] codes, List<String> categories) {
        return new Input(name, Kind.CATEGORICAL, null, codes, List.copyOf(categories));
    }

    /** The column name. */
    public String name() {
        return name;
    }

    /** Real, integer or categorical. */
    public Kind kind() {
        return kind;
    }

    /** Whether the input is real or integer. */
    public boolean isNumeric() {
        return kind != Kind.CATEGORICAL;
    }

    /** The number of rows. */
    public int rows() {
        return values != null ? values.length : codes.length;
    }

    /** The value of a numeric input in a row. */
    public double value(int row) {
        return values[row];
    }

    /** The category code (index into {@link #categories()}) of a categorical input in a row. */
    public int code(int row) {
        return codes[row];
    }

    /** The labels of a categorical input in code order; empty for a numeric input. */
    public List<String> categories() {
        return categories == null ? List.of() : categories;
    }

    /** The smallest value of a numeric input (+∞ without rows). */
    public double min() {
        return min;
    }

    /** The largest value of a numeric input (−∞ without rows). */
    public double max() {
        return max;
    }

    /** The values array, for the search's sorting; package-private so that nobody changes it. */
    double[] valuesArray() {
        return values;
    }
}
