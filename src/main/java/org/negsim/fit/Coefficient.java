package org.negsim.fit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.negsim.engine.PreparedScenario.ActorValue;
import org.negsim.model.Actor;
import org.negsim.model.Behavior;
import org.negsim.model.Issue;
import org.negsim.model.Scenario;
import org.negsim.scenario.ParameterPaths;
import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.Suggest;

/**
 * A covariate coefficient of a fit, {@code --free 'actors[SEL].F*COVARIATE=min..max'}: at the value
 * θ it adds θ · COVARIATE_i to the per-actor value F of every actor i the selector matches, after
 * the plain free paths are set (so {@code actors[SEL].F} free beside it is the intercept). F is
 * {@code signCost}, {@code conformity}, {@code flexibility} or {@code temperature}; COVARIATE is a
 * numeric field of the actor as bound: {@code capability}, {@code position.ISSUE},
 * {@code salience.ISSUE} (normalised to sum 1 over the issues) or {@code weights.NAME} (0 where the
 * actor has no such weight). Covariates are read once from the scenario as given; a free path may
 * not change them. Immutable.
 */
final class Coefficient {

    /** The per-actor fields a coefficient may scale, and the engine's arrays that hold them. */
    static final Map<String, ActorValue> FIELDS = Map.of("signCost", ActorValue.SIGN_COST,
            "conformity", ActorValue.CONFORMITY, "flexibility", ActorValue.FLEXIBILITY,
            "temperature", ActorValue.TEMPERATURE);

    private final String target;
    private final String field;
    private final String covariate;
    private final int[] actors;
    private final double[] values;
    /** The field's value in the file of each selected actor, null where absent (inherited). */
    private final JsonElement[] original;

    private Coefficient(String target, String field, String covariate, int[] actors, double[] values,
                        JsonElement[] original) {
        this.target = target;
        this.field = field;
        this.covariate = covariate;
        this.actors = actors;
        this.values = values;
        this.original = original;
    }

    /** Index of the {@code *} that starts a coefficient's covariate in a path, or −1 for a plain path. */
    static int star(String path) {
        int close = path.lastIndexOf(']');
        return path.indexOf('*', close + 1);
    }

    /**
     * Parses and checks {@code actors[SEL].F*COVARIATE} against the scenario tree and its binding.
     *
     * @param where the option as the messages name it ({@code --free PATH})
     */
    static Coefficient of(JsonObject tree, Scenario scenario, String path, String where) throws ScenarioException {
        int star = star(path);
        String target = path.substring(0, star).trim();
        String covariate = path.substring(star + 1).trim();
        int dot = target.lastIndexOf('.');
        String field = dot < 0 ? "" : target.substring(dot + 1);
        if (!"actors".equals(ParameterPaths.topKey(target)) || !FIELDS.containsKey(field)) {
            throw new ScenarioException(where, "a coefficient scales an actor value: actors[SELECTOR].F*COVARIATE with F one of "
                    + String.join(", ", new TreeSet<>(FIELDS.keySet())) + ", was " + target);
        }
        ParameterPaths.check(tree, target);
        String selection = target.substring(0, dot);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < scenario.actors().size(); i++) {
            index.put(scenario.actors().get(i).id(), i);
        }
        List<Integer> chosen = new ArrayList<>();
        for (JsonElement id : ParameterPaths.get(tree, selection + ".id")) {
            if (id != null && id.isJsonPrimitive() && index.containsKey(id.getAsString())) {
                chosen.add(index.get(id.getAsString()));
            }
        }
        int[] actors = chosen.stream().mapToInt(Integer::intValue).toArray();
        double[] values = new double[actors.length];
        boolean any = false;
        for (int k = 0; k < actors.length; k++) {
            values[k] = covariate(scenario, scenario.actors().get(actors[k]), covariate, where);
            any |= values[k] != 0.0;
        }
        if (actors.length == 0 || !any) {
            throw new ScenarioException(where, "the covariate " + covariate + " is 0 for every actor "
                    + selection + " selects: the coefficient changes nothing");
        }
        JsonArray list = tree.getAsJsonArray("actors");
        JsonElement[] original = new JsonElement[actors.length];
        for (int k = 0; k < actors.length; k++) {
            JsonElement v = list.get(actors[k]).getAsJsonObject().get(field);
            original[k] = v == null ? null : v.deepCopy();
        }
        return new Coefficient(target, field, covariate, actors, values, original);
    }

    private static double covariate(Scenario scenario, Actor a, String name, String where) throws ScenarioException {
        if (name.equals("capability")) {
            return a.capability();
        }
        int dot = name.indexOf('.');
        String head = dot < 0 ? name : name.substring(0, dot);
        String key = dot < 0 ? "" : name.substring(dot + 1);
        if ((head.equals("position") || head.equals("salience")) && !key.isEmpty()) {
            List<String> issues = new ArrayList<>();
            for (int d = 0; d < scenario.issues().size(); d++) {
                Issue issue = scenario.issues().get(d);
                issues.add(issue.id());
                if (issue.id().equals(key)) {
                    return head.equals("position") ? a.position()[d] : a.salience()[d];
                }
            }
            throw new ScenarioException(where, "unknown issue \"" + key + "\" in the covariate " + name
                    + Suggest.didYouMean(key, issues) + "; issues: " + String.join(", ", issues));
        }
        if (head.equals("weights") && !key.isEmpty()) {
            Set<String> names = new TreeSet<>();
            for (Actor b : scenario.actors()) {
                names.addAll(b.weights().keySet());
            }
            if (!names.contains(key)) {
                throw new ScenarioException(where, "no actor has the weight \"" + key + "\" of the covariate " + name
                        + Suggest.didYouMean(key, names) + "; weights: " + (names.isEmpty() ? "none" : String.join(", ", names)));
            }
            return a.weight(key);
        }
        List<String> allowed = List.of("capability", "position", "salience", "weights");
        throw new ScenarioException(where, "unknown covariate \"" + name + "\"" + Suggest.didYouMean(head, allowed)
                + "; allowed: capability, position.ISSUE, salience.ISSUE, weights.NAME");
    }

    /** The path the coefficient scales, {@code actors[SEL].F}. */
    String target() {
        return target;
    }

    /** The path of the covariate of the selected actors, {@code actors[SEL].COVARIATE}, for overlap checks. */
    String covariatePath() {
        return target.substring(0, target.lastIndexOf('.') + 1) + covariate;
    }

    /** The covariate's name as given. */
    String covariate() {
        return covariate;
    }

    /** The engine array the coefficient changes. */
    ActorValue value() {
        return FIELDS.get(field);
    }

    /** The selected actors' indices, in scenario order. */
    int[] actors() {
        return actors.clone();
    }

    /** The covariate of each selected actor, parallel to {@link #actors()}. */
    double[] covariates() {
        return values.clone();
    }

    /** Whether this and {@code other} scale the same field by the same covariate for a shared actor. */
    boolean overlaps(Coefficient other) {
        if (!field.equals(other.field) || !covariate.equals(other.covariate)) {
            return false;
        }
        for (int i : actors) {
            for (int j : other.actors) {
                if (i == j) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Puts the selected actors' field back as the file had it (before the plain free paths are set). */
    void restore(JsonObject tree) {
        JsonArray list = tree.getAsJsonArray("actors");
        for (int k = 0; k < actors.length; k++) {
            JsonObject o = list.get(actors[k]).getAsJsonObject();
            if (original[k] == null) {
                o.remove(field);
            } else {
                o.add(field, original[k].deepCopy());
            }
        }
    }

    /** Adds θ · covariate to the field of every selected actor, whose base is its own, the behaviour's or the default value. */
    void add(JsonObject tree, double theta) {
        JsonArray list = tree.getAsJsonArray("actors");
        JsonObject behavior = tree.has("behavior") && tree.get("behavior").isJsonObject()
                ? tree.getAsJsonObject("behavior") : new JsonObject();
        for (int k = 0; k < actors.length; k++) {
            JsonObject o = list.get(actors[k]).getAsJsonObject();
            double base = o.has(field) ? o.get(field).getAsDouble()
                    : behavior.has(field) ? behavior.get(field).getAsDouble() : fallback(field);
            o.add(field, new JsonPrimitive(base + theta * values[k]));
        }
    }

    private static double fallback(String field) {
        Behavior d = Behavior.defaults();
        return switch (field) {
            case "signCost" -> d.signCost();
            case "conformity" -> d.conformity();
            case "flexibility" -> d.flexibility();
            default -> d.temperature();
        };
    }
}
