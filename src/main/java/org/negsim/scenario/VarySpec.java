package org.negsim.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How one parameter path is varied in a sweep: a list of {@link Values}, a {@link Grid}
 * {@code from:to:step} (both ends included) or a {@link Range} {@code min..max} for the sampled
 * designs. Written in the scenario as {@code {"values": [...]}}, {@code {"from", "to", "step"}} or
 * {@code {"min", "max"}}, and on the command line as {@code a,b,c}, {@code from:to:step} or
 * {@code min..max}.
 */
public sealed interface VarySpec {

    /** Largest number of points a grid may expand to. */
    int MAX_GRID_POINTS = 1_000_000;

    /** Categorical or explicit levels, at least one; each a string, finite number or boolean. */
    record Values(List<JsonPrimitive> values) implements VarySpec {
        public Values {
            values = List.copyOf(values);
        }
    }

    /** An arithmetic grid from {@code from} to {@code to} by {@code step} &gt; 0, both ends included. */
    record Grid(double from, double to, double step) implements VarySpec {

        /**
         * The grid points, computed in decimal ({@link BigDecimal}) from the numbers as written, so
         * {@code 0:0.5:0.1} gives exactly 0, 0.1, 0.2, 0.3, 0.4, 0.5. The last point is the largest
         * {@code from + k·step ≤ to}.
         */
        public List<Double> points() {
            BigDecimal f = BigDecimal.valueOf(from);
            BigDecimal s = BigDecimal.valueOf(step);
            long n = BigDecimal.valueOf(to).subtract(f).divideToIntegralValue(s).longValueExact();
            List<Double> points = new ArrayList<>((int) n + 1);
            for (long k = 0; k <= n; k++) {
                points.add(f.add(s.multiply(BigDecimal.valueOf(k))).doubleValue());
            }
            return points;
        }

        /** The number of points, without building them; {@link Long#MAX_VALUE} when there are more. */
        public long size() {
            BigDecimal steps = BigDecimal.valueOf(to).subtract(BigDecimal.valueOf(from))
                    .divideToIntegralValue(BigDecimal.valueOf(step));
            // 0:1e308:1e-300 has 10^608 points: saturate instead of overflowing (it is refused anyway)
            return steps.compareTo(BigDecimal.valueOf(Long.MAX_VALUE - 1)) >= 0 ? Long.MAX_VALUE
                    : steps.longValueExact() + 1;
        }
    }

    /** A continuous range [min, max) with min &lt; max, for random, lhs and sobol designs. */
    record Range(double min, double max) implements VarySpec {
    }

    /**
     * Parses a {@code --vary} spec: {@code "a,b,c"} values (each {@code true}/{@code false}, a JSON
     * number or else a string), {@code "from:to:step"} a grid (both ends included) or
     * {@code "min..max"} a range. A spec containing {@code :} must be a grid and one containing
     * {@code ..} a range.
     *
     * @param path the parameter path, for error messages
     */
    static VarySpec parse(String path, String spec) throws ScenarioException {
        if (spec.isEmpty()) {
            throw new ScenarioException(path, "empty spec; use a,b,c (values), from:to:step (grid) or min..max (range)");
        }
        if (spec.contains(":")) {
            String[] parts = spec.split(":", -1);
            if (parts.length != 3) {
                throw new ScenarioException(path, "a grid must be from:to:step (three numbers), was " + Json.quote(spec));
            }
            double from = specNumber(path, parts[0], spec);
            double to = specNumber(path, parts[1], spec);
            double step = specNumber(path, parts[2], spec);
            return grid(path, from, to, step, spec);
        }
        if (spec.contains("..")) {
            int at = spec.indexOf("..");
            double min = specNumber(path, spec.substring(0, at), spec);
            double max = specNumber(path, spec.substring(at + 2), spec);
            if (!(min < max)) {
                throw new ScenarioException(path, "a range min..max needs min < max, was " + Json.quote(spec));
            }
            return new Range(min, max);
        }
        List<JsonPrimitive> values = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            if (part.isEmpty()) {
                throw new ScenarioException(path, "empty value in " + Json.quote(spec));
            }
            JsonPrimitive v = Json.parseRaw(part);
            if (v.isString() && ParameterPaths.looksLikeAFormula(part)) {
                throw new ScenarioException(path, "value " + Json.quote(part) + " would be read as a formula by a"
                        + " spreadsheet opening the results (it starts with =, +, - or @)");
            }
            if (v.isNumber() && !Double.isFinite(v.getAsDouble())) {
                throw new ScenarioException(path, "value " + part + " is not a finite number");
            }
            values.add(v);
        }
        return new Values(values);
    }

    private static double specNumber(String path, String text, String spec) throws ScenarioException {
        if (!Json.isNumberLiteral(text) || !Double.isFinite(Double.parseDouble(text))) {
            throw new ScenarioException(path, Json.quote(text) + " in " + Json.quote(spec) + " is not a finite number");
        }
        return Double.parseDouble(text);
    }

    private static Grid grid(String path, double from, double to, double step, String shown) throws ScenarioException {
        if (!(step > 0)) {
            throw new ScenarioException(path, "a grid needs step > 0, was " + shown);
        }
        if (!(from <= to)) {
            throw new ScenarioException(path, "a grid needs from <= to, was " + shown);
        }
        Grid g = new Grid(from, to, step);
        if (g.size() > MAX_GRID_POINTS) {
            throw new ScenarioException(path, "a grid may have at most " + MAX_GRID_POINTS + " points, was "
                    + (g.size() == Long.MAX_VALUE ? "more than " + (Long.MAX_VALUE - 1) : g.size()) + " (" + shown + ")");
        }
        return g;
    }

    /**
     * Reads one {@code experiment.vary} entry: {@code {"values": [...]}}, {@code {"from", "to", "step"}}
     * or {@code {"min", "max"}}.
     *
     * @param path the JSON path of the entry, e.g. {@code $.experiment.vary["behavior.temperature"]}
     */
    static VarySpec of(JsonElement e, String path) throws ScenarioException {
        JsonObject o = Fields.object(e, path);
        if (o.has("values")) {
            Fields.onlyKeys(o, path, Set.of("values"));
            JsonArray a = Fields.nonEmptyArray(o.get("values"), path + ".values");
            List<JsonPrimitive> values = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                values.add(Fields.scalar(a.get(i), Json.index(path + ".values", i)));
            }
            return new Values(values);
        }
        if (o.has("from") || o.has("to") || o.has("step")) {
            Fields.onlyKeys(o, path, Schema.GRID);
            double from = Fields.number(Fields.required(o, path, "from"), path + ".from");
            double to = Fields.number(Fields.required(o, path, "to"), path + ".to");
            double step = Fields.positive(Fields.required(o, path, "step"), path + ".step");
            return grid(path, from, to, step, "from " + Json.show(o.get("from")) + ", to " + Json.show(o.get("to"))
                    + ", step " + Json.show(o.get("step")));
        }
        if (o.has("min") || o.has("max")) {
            Fields.onlyKeys(o, path, Schema.RANGE);
            double min = Fields.number(Fields.required(o, path, "min"), path + ".min");
            double max = Fields.number(Fields.required(o, path, "max"), path + ".max");
            if (!(min < max)) {
                throw new ScenarioException(path, "needs min < max, was min " + Json.show(o.get("min")) + ", max "
                        + Json.show(o.get("max")));
            }
            return new Range(min, max);
        }
        throw new ScenarioException(path, "must have \"values\", or \"from\", \"to\", \"step\", or \"min\", \"max\"");
    }
}
