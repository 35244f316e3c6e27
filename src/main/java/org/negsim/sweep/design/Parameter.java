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

/**
 * One varied scalar of a scenario: its path (e.g. {@code behavior.temperature}, see docs/scenario.md)
 * and the values it may take, either
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
            throw new IllegalArgumentException(path + ": a range's ends and their difference must be finite numbers,"
                    + " was " + min + ".." + max);
        }
        if (min > max) {
            throw new IllegalArgumentException(path + ": min must be <= max, was " + min + " > " + max);
        }
        return new Parameter(path, null, min, max, min + ".." + max);
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
