package org.negsim.fit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.negsim.model.Scenario;
import org.negsim.scenario.Assignment;
import org.negsim.scenario.ParameterPaths;
import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.ScenarioLoader;

/**
 * The free parameters of a fit over a scenario tree: checks them ({@code --free PATH=min..max}) and
 * binds the scenario at a point. Not thread-safe: {@link #scenarioAt} reuses one working tree.
 */
public final class ParameterSpace {

    /** Top-level keys whose scalars change nothing of the model. */
    private static final Set<String> INERT = Set.of("name", "description", "sources", "experiment");
    private static final String MARKER = "\u0000negsim-overlap-probe";

    private final JsonObject work;
    private final List<FreeParameter> parameters;

    private ParameterSpace(JsonObject tree, List<FreeParameter> parameters) {
        this.work = tree.deepCopy();
        this.parameters = List.copyOf(parameters);
    }

    /**
     * Parses and checks {@code PATH=min..max} specs against a scenario tree: each path must resolve
     * to at least one scalar that changes the model, no two may address the same scalar, and the
     * range's two ends and its midpoint must be valid values of the field.
     *
     * @throws ScenarioException naming {@code --free PATH} and what is wrong
     */
    public static ParameterSpace of(JsonObject tree, List<String> specs) throws ScenarioException {
        if (specs.isEmpty()) {
            throw new ScenarioException("--free", "give at least one free parameter, e.g. --free behavior.signCost=0..0.5");
        }
        List<FreeParameter> out = new ArrayList<>();
        for (String spec : specs) {
            Assignment a = ParameterPaths.parseAssignment(spec);
            String where = "--free " + a.path();
            String top = ParameterPaths.topKey(a.path());
            ParameterPaths.check(tree, a.path());
            if (INERT.contains(top)) {
                throw new ScenarioException(where, "changes nothing of the model; free a behaviour, actor, tie, issue or stage value");
            }
            String range = a.rawValue().trim();
            int dots = range.indexOf("..");
            if (dots < 0) {
                throw new ScenarioException(where, "expected a range min..max, was \"" + range + "\"");
            }
            double min = number(where, range.substring(0, dots));
            double max = number(where, range.substring(dots + 2));
            if (!(min < max)) {
                throw new ScenarioException(where, "the range must have min < max, was " + range);
            }
            for (double v : new double[] {min, max, min + (max - min) / 2}) {
                JsonObject probe = tree.deepCopy();
                ParameterPaths.set(probe, a.path(), new JsonPrimitive(v));
                try {
                    ScenarioLoader.bind(probe);
                } catch (ScenarioException e) {
                    throw new ScenarioException(where, "the range " + range + " leaves the field's domain at "
                            + v + " (" + e.getMessage() + ")");
                }
            }
            for (FreeParameter earlier : out) {
                if (overlap(tree, earlier.path(), a.path()) || overlap(tree, a.path(), earlier.path())) {
                    throw new ScenarioException(where, "addresses a value that --free " + earlier.path()
                            + " addresses too; free each value once");
                }
            }
            out.add(new FreeParameter(a.path(), min, max, Math.min(max, Math.max(min, current(tree, a.path(), min, max)))));
        }
        return new ParameterSpace(tree, out);
    }

    /** Whether setting {@code a} changes a value that {@code b} reads. */
    private static boolean overlap(JsonObject tree, String a, String b) throws ScenarioException {
        JsonObject probe = tree.deepCopy();
        ParameterPaths.set(probe, a, new JsonPrimitive(MARKER));
        for (JsonElement e : ParameterPaths.get(probe, b)) {
            if (e != null && e.isJsonPrimitive() && MARKER.equals(e.getAsString())) {
                return true;
            }
        }
        return false;
    }

    /** The mean of the numeric values the path addresses now, or the range's midpoint. */
    private static double current(JsonObject tree, String path, double min, double max) throws ScenarioException {
        double sum = 0.0;
        int n = 0;
        for (JsonElement e : ParameterPaths.get(tree, path)) {
            if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
                sum += e.getAsDouble();
                n++;
            }
        }
        return n > 0 ? sum / n : min + (max - min) / 2;
    }

    private static double number(String where, String text) throws ScenarioException {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new ScenarioException(where, "range ends must be finite numbers, was \"" + text.trim() + "\"");
    }

    /** The free parameters, in command-line order. */
    public List<FreeParameter> parameters() {
        return parameters;
    }

    /** Number of free parameters. */
    public int size() {
        return parameters.size();
    }

    /** The scenario with every free parameter set to {@code values[k]}. */
    public Scenario scenarioAt(double[] values) throws ScenarioException {
        setAll(work, values);
        return ScenarioLoader.bind(work);
    }

    /** A copy of {@code tree} with the free parameters set to {@code values} (for {@code fitted.json}). */
    public JsonObject treeAt(JsonObject tree, double[] values) throws ScenarioException {
        JsonObject copy = tree.deepCopy();
        setAll(copy, values);
        return copy;
    }

    private void setAll(JsonObject tree, double[] values) throws ScenarioException {
        for (int k = 0; k < parameters.size(); k++) {
            ParameterPaths.set(tree, parameters.get(k).path(), new JsonPrimitive(values[k]));
        }
    }

    /** The start values. */
    public double[] start() {
        double[] x = new double[parameters.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = parameters.get(k).start();
        }
        return x;
    }
}
