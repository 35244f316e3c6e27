package org.negsim.sweep.design;

import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.regex.Pattern;

/**
 * One varied scalar of a scenario: its path (e.g. {@code behavior.temperature}, see DESIGN.md
 * section 4) and the values it may take, either
 * <ul>
 *   <li>a finite list of values (numbers, strings or booleans), given explicitly or as a grid range
 *       {@code from:to:step}; every design can use a list (sampled designs choose from it
 *       uniformly), or</li>
 *   <li>a continuous range [min, max] of doubles, for the sampled designs ({@code random},
 *       {@code lhs}, {@code sobol}) only.</li>
 * </ul>
 * The path is not checked here: that is the scenario's job. Instances are immutable and
 * thread-safe.
 */
public final class Parameter {

    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String path;
    private final List<JsonPrimitive> values;
    private final double min;
    private final double max;
    private final String spec;

    private Parameter(String path, List<JsonPrimitive> values, double min, double max, String spec) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a path");
        }
        this.path = path;
        this.values = values;
        this.min = min;
        this.max = max;
        this.spec = spec;
    }

    /**
     * A parameter that takes one of the given values, emitted exactly as given.
     *
     * @throws IllegalArgumentException if the list is empty or holds a null or non-finite number
     */
    public static Parameter values(String path, List<JsonPrimitive> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException(path + ": needs at least one value");
        }
        List<JsonPrimitive> copy = new ArrayList<>(values.size());
        StringBuilder spec = new StringBuilder();
        for (JsonPrimitive value : values) {
            if (value == null) {
                throw new IllegalArgumentException(path + ": values must not be null");
            }
            if (value.isNumber() && !Double.isFinite(value.getAsDouble())) {
                throw new IllegalArgumentException(path + ": values must be finite, was " + value.getAsString());
            }
            copy.add(value);
            spec.append(spec.length() == 0 ? "" : ",").append(value.getAsString());
        }
        return new Parameter(path, Collections.unmodifiableList(copy), Double.NaN, Double.NaN, spec.toString());
    }

    /**
     * A grid range: the values {@code from + i·step} for i = 0, 1, … while they do not exceed
     * {@code to}, computed in exact decimal arithmetic. {@code to} is included only when it lies on
     * the grid: {@code 0:0.5:0.1} gives 0, 0.1, 0.2, 0.3, 0.4, 0.5; {@code 0:1:0.3} gives 0, 0.3,
     * 0.6, 0.9. Each value is emitted as a {@link BigDecimal} number in its shortest plain form
     * (trailing zeros stripped: {@code 0.10} becomes {@code 0.1}, {@code 10.0} becomes
     * {@code 10}). The values are computed on demand, so a long range costs no memory.
     *
     * @throws IllegalArgumentException if {@code step <= 0}, {@code from > to}, or the range has
     *     more than {@link Integer#MAX_VALUE} values
     */
    public static Parameter grid(String path, BigDecimal from, BigDecimal to, BigDecimal step) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(step, "step");
        if (step.signum() <= 0) {
            throw new IllegalArgumentException(path + ": step must be > 0, was " + step.toPlainString());
        }
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException(path + ": from must be <= to, was "
                    + from.toPlainString() + " > " + to.toPlainString());
        }
        BigDecimal steps = to.subtract(from).divide(step, 0, RoundingMode.FLOOR);
        if (steps.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE - 1L)) > 0) {
            throw new IllegalArgumentException(path + ": the range " + from.toPlainString() + ":"
                    + to.toPlainString() + ":" + step.toPlainString() + " has too many values");
        }
        int count = steps.intValueExact() + 1;
        String spec = from.toPlainString() + ":" + to.toPlainString() + ":" + step.toPlainString();
        return new Parameter(path, new GridValues(from, step, count), Double.NaN, Double.NaN, spec);
    }

    /**
     * A continuous range [min, max] (min == max allowed): a unit coordinate u in [0, 1) maps to the
     * double {@code min + u·(max − min)}. Usable by the sampled designs only.
     *
     * @throws IllegalArgumentException if a bound is not finite or {@code min > max}
     */
    public static Parameter range(String path, double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !Double.isFinite(max - min)) {
            throw new IllegalArgumentException(path + ": range bounds must be finite, was " + min + ".." + max);
        }
        if (min > max) {
            throw new IllegalArgumentException(path + ": min must be <= max, was " + min + " > " + max);
        }
        return new Parameter(path, null, min, max, min + ".." + max);
    }

    /**
     * Parses a command-line spec (DESIGN.md section 6): {@code min..max} (a continuous range),
     * {@code from:to:step} (a grid range, see {@link #grid}) or {@code a,b,c} (a list). In a list,
     * {@code true} and {@code false} become booleans, items in JSON number syntax become numbers
     * exactly as written (as {@link BigDecimal}), anything else a string (surrounding blanks
     * trimmed; a string value cannot contain a comma).
     *
     * @throws IllegalArgumentException if the spec is malformed
     */
    public static Parameter parse(String path, String spec) {
        Objects.requireNonNull(spec, "spec");
        String s = spec.strip();
        int dots = s.indexOf("..");
        if (dots >= 0) {
            return range(path, number(path, spec, s.substring(0, dots)).doubleValue(),
                    number(path, spec, s.substring(dots + 2)).doubleValue());
        }
        String[] colon = s.split(":", -1);
        if (colon.length == 3) {
            return grid(path, number(path, spec, colon[0]), number(path, spec, colon[1]), number(path, spec, colon[2]));
        }
        if (colon.length != 1) {
            throw new IllegalArgumentException(path + ": a grid range is from:to:step, was \"" + spec + "\"");
        }
        List<JsonPrimitive> values = new ArrayList<>();
        for (String item : s.split(",", -1)) {
            String v = item.strip();
            if (v.isEmpty()) {
                throw new IllegalArgumentException(path + ": empty value in \"" + spec + "\"");
            }
            if (v.equals("true") || v.equals("false")) {
                values.add(new JsonPrimitive(Boolean.parseBoolean(v)));
            } else if (DECIMAL.matcher(v).matches()) {
                values.add(new JsonPrimitive(new BigDecimal(v)));
            } else {
                values.add(new JsonPrimitive(v));
            }
        }
        return values(path, values);
    }

    private static BigDecimal number(String path, String spec, String text) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new IllegalArgumentException(path + ": \"" + t + "\" is not a number in \"" + spec + "\"");
        }
        return new BigDecimal(t);
    }

    /** The scenario path this parameter sets. */
    public String path() {
        return path;
    }

    /** True for a continuous range, false for a finite list of values. */
    public boolean isRange() {
        return values == null;
    }

    /**
     * The finite list of values, in order (unmodifiable, computed on demand for a grid range).
     *
     * @throws IllegalStateException for a continuous range
     */
    public List<JsonPrimitive> values() {
        if (values == null) {
            throw new IllegalStateException(path + " is a continuous range " + spec + ", not a list of values");
        }
        return values;
    }

    /** Lower bound of a continuous range; NaN for a list. */
    public double min() {
        return min;
    }

    /** Upper bound of a continuous range; NaN for a list. */
    public double max() {
        return max;
    }

    /**
     * The values in command-line form: {@code a,b,c}, {@code from:to:step} or {@code min..max}.
     * Stable, so it can go into a manifest and be compared on {@code --resume}.
     */
    public String spec() {
        return spec;
    }

    /**
     * The value at unit coordinate {@code u} in [0, 1): {@code min + u·(max − min)} for a range,
     * the value at index ⌊u·n⌋ of a list of n values (so a uniform u picks uniformly).
     */
    public JsonPrimitive atUnit(double u) {
        if (!(u >= 0.0 && u < 1.0)) {
            throw new IllegalArgumentException("unit coordinate must be in [0, 1), was " + u);
        }
        if (values == null) {
            return new JsonPrimitive(min + u * (max - min));
        }
        int n = values.size();
        return values.get(Math.min((int) (u * n), n - 1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameter p && path.equals(p.path) && spec.equals(p.spec) && isRange() == p.isRange()
                && (isRange() ? Double.compare(min, p.min) == 0 && Double.compare(max, p.max) == 0
                        : values.equals(p.values));
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, spec);
    }

    @Override
    public String toString() {
        return path + "=" + spec;
    }

    /** The values of a grid range, computed on demand. */
    private static final class GridValues extends AbstractList<JsonPrimitive> implements RandomAccess {
        private final BigDecimal from;
        private final BigDecimal step;
        private final int count;

        GridValues(BigDecimal from, BigDecimal step, int count) {
            this.from = from;
            this.step = step;
            this.count = count;
        }

        @Override
        public JsonPrimitive get(int index) {
            Objects.checkIndex(index, count);
            BigDecimal v = from.add(step.multiply(BigDecimal.valueOf(index))).stripTrailingZeros();
            if (v.scale() < 0) {
                v = v.setScale(0);
            }
            return new JsonPrimitive(v);
        }

        @Override
        public int size() {
            return count;
        }
    }
}
