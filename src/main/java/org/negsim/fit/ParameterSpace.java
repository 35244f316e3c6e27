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
    /** Per parameter, its coefficient, or null for a plain path. */
    private final Coefficient[] coefficients;

    private ParameterSpace(JsonObject tree, List<FreeParameter> parameters, Coefficient[] coefficients) {
        this.work = tree.deepCopy();
        this.parameters = List.copyOf(parameters);
        this.coefficients = coefficients;
    }

    /**
     * Parses and checks {@code PATH=min..max} specs against a scenario tree: each path must resolve
     * to at least one scalar that changes the model, no two may address the same scalar, and the
     * range's two ends and its midpoint must be valid values of the field. A path
     * {@code actors[SEL].F*COVARIATE} is a covariate coefficient ({@link Coefficient}): its
     * covariate must exist and no other free path may change it.
     *
     * @throws ScenarioException naming {@code --free PATH} and what is wrong
     */
    public static ParameterSpace of(JsonObject tree, List<String> specs) throws ScenarioException {
        if (specs.isEmpty()) {
            throw new ScenarioException("--free", "give at least one free parameter, e.g. --free behavior.signCost=0..0.5");
        }
        List<FreeParameter> out = new ArrayList<>();
        List<Coefficient> coefficients = new ArrayList<>();
        Scenario scenario = null;
        for (String spec : specs) {
            Assignment a = ParameterPaths.parseAssignment(spec);
            String where = "--free " + a.path();
            Coefficient c = null;
            if (Coefficient.star(a.path()) >= 0) {
                scenario = scenario != null ? scenario : ScenarioLoader.bind(tree);
                c = Coefficient.of(tree, scenario, a.path(), where);
            } else {
                ParameterPaths.check(tree, a.path());
            }
            String top = ParameterPaths.topKey(a.path());
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
                if (c != null) {
                    c.add(probe, v);
                } else {
                    ParameterPaths.set(probe, a.path(), new JsonPrimitive(v));
                }
                try {
                    ScenarioLoader.bind(probe);
                } catch (ScenarioException e) {
                    throw new ScenarioException(where, "the range " + range + " leaves the field's domain at "
                            + v + " (" + e.getMessage() + ")");
                }
            }
            for (int k = 0; k < out.size(); k++) {
                overlapping(tree, where, out.get(k).path(), coefficients.get(k), a.path(), c);
            }
            double start = c != null ? 0.0 : current(tree, a.path(), min, max);
            out.add(new FreeParameter(a.path(), min, max, Math.min(max, Math.max(min, start))));
            coefficients.add(c);
        }
        return new ParameterSpace(tree, out, coefficients.toArray(new Coefficient[0]));
    }

    /**
     * Refuses two free paths that address one value: two plain paths that share a scalar, two
     * coefficients of the same field and covariate sharing an actor, or a path that changes the
     * covariate of a coefficient. A plain path and a coefficient of the same field are the
     * intercept and the slope, and allowed.
     */
    private static void overlapping(JsonObject tree, String where, String earlier, Coefficient ce, String path,
                                    Coefficient c) throws ScenarioException {
        boolean clash;
        String why = "addresses a value that --free " + earlier + " addresses too; free each value once";
        if (ce == null && c == null) {
            clash = overlap(tree, earlier, path) || overlap(tree, path, earlier);
        } else if (ce != null && c != null) {
            clash = ce.overlaps(c);
        } else {
            Coefficient coef = c != null ? c : ce;
            String plain = c != null ? earlier : path;
            clash = overlap(tree, plain, coef.covariatePath());
            why = "--free " + plain + " changes the covariate " + coef.covariate() + " of the coefficient "
                    + (c != null ? path : earlier) + "; covariates are fixed values of the scenario";
        }
        if (clash) {
            throw new ScenarioException(where, why);
        }
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

    /** The coefficient of parameter k, or null when it is a plain path. */
    Coefficient coefficient(int k) {
        return coefficients[k];
    }

    /** Restores the coefficients' fields, sets the plain paths, then adds the coefficients' terms. */
    private void setAll(JsonObject tree, double[] values) throws ScenarioException {
        for (Coefficient c : coefficients) {
            if (c != null) {
                c.restore(tree);
            }
        }
        for (int k = 0; k < parameters.size(); k++) {
            if (coefficients[k] == null) {
                ParameterPaths.set(tree, parameters.get(k).path(), new JsonPrimitive(values[k]));
            }
        }
        for (int k = 0; k < parameters.size(); k++) {
            if (coefficients[k] != null) {
                coefficients[k].add(tree, values[k]);
            }
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
