package org.negsim.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * A measure given on the command line, {@code --measure ID=WHAT:STAGE:SELECTOR}, as the JSON
 * object it stands for in the scenario's {@code measures} list. {@code WHAT} is a measure word
 * ({@code joined}, {@code joined-fraction}, {@code yes}, …), {@code share/WEIGHT} for a share of a
 * weight; {@code SELECTOR} is {@code all}, {@code kind=K[,K…]}, {@code group=G[,G…]} or actor ids
 * {@code A[,B…]}. The stage is everything between the first and the last colon.
 *
 * @param spec the option's text, as given
 * @param json the measure object, e.g. {@code {"id":"usa","what":"joined","stage":"paris-call","of":["USA"]}}
 */
public record MeasureOption(String spec, JsonObject json) {

    /** Parses one {@code --measure} value; the error's path is {@code --measure SPEC}. */
    public static MeasureOption parse(String spec) throws ScenarioException {
        String where = "--measure " + spec;
        int eq = spec.indexOf('=');
        int first = spec.indexOf(':', eq + 1);
        int last = spec.lastIndexOf(':');
        if (eq <= 0 || first < 0 || last == first) {
            throw new ScenarioException(where, "must be ID=WHAT:STAGE:SELECTOR, e.g. usa=joined:paris-call:USA"
                    + " (WHAT one of " + String.join(", ", org.negsim.model.Measure.What.words())
                    + ", share/WEIGHT; SELECTOR all, kind=K, group=G or ids A,B)");
        }
        String what = spec.substring(eq + 1, first);
        String stage = spec.substring(first + 1, last);
        String selector = spec.substring(last + 1);
        JsonObject o = new JsonObject();
        o.addProperty("id", spec.substring(0, eq));
        o.addProperty("stage", stage);
        int slash = what.indexOf('/');
        if (slash >= 0) {
            o.addProperty("what", what.substring(0, slash));
            o.addProperty("weight", what.substring(slash + 1));
        } else {
            o.addProperty("what", what);
        }
        o.add("of", selector(selector, where));
        return new MeasureOption(spec, o);
    }

    private static JsonElement selector(String s, String where) throws ScenarioException {
        if (s.equals("all")) {
            return new com.google.gson.JsonPrimitive("all");
        }
        if (s.isEmpty()) {
            throw new ScenarioException(where, "the SELECTOR after the last ':' is empty (all, kind=K, group=G or ids A,B)");
        }
        for (String key : List.of("kind", "group")) {
            if (s.startsWith(key + "=")) {
                JsonObject o = new JsonObject();
                o.add(key + "s", list(s.substring(key.length() + 1)));
                return o;
            }
        }
        return list(s);
    }

    private static JsonArray list(String csv) {
        JsonArray a = new JsonArray();
        for (String part : csv.split(",", -1)) {
            a.add(part);
        }
        return a;
    }

    /**
     * Appends the options' measures to the tree's {@code measures} list (creating it).
     *
     * @return how many measures the file had, the index of the first option's measure
     */
    public static int append(JsonObject tree, List<MeasureOption> options) {
        JsonElement e = tree.get("measures");
        int inFile = e instanceof JsonArray a ? a.size() : 0;
        if (options.isEmpty()) {
            return inFile;
        }
        JsonArray list = e instanceof JsonArray a ? a : new JsonArray();
        if (e == null) {
            tree.add("measures", list);
        }
        for (MeasureOption m : options) {
            list.add(m.json().deepCopy());
        }
        return inFile;
    }

    /**
     * An error of an option's measure named by the option instead of the JSON path it was given:
     * {@code $.measures[3].stage} with 3 measures in the file becomes {@code --measure SPEC (stage)}.
     * Other errors are returned unchanged.
     */
    public static ScenarioException renamed(ScenarioException e, int inFile, List<MeasureOption> options) {
        if (e instanceof ScenarioErrors all) {
            List<ScenarioException> each = new java.util.ArrayList<>();
            for (ScenarioException one : all.errors()) {
                each.add(renamed(one, inFile, options));
            }
            return all.with(each);
        }
        String prefix = "$.measures[";
        if (!e.path().startsWith(prefix)) {
            return e;
        }
        int close = e.path().indexOf(']');
        int k;
        try {
            k = Integer.parseInt(e.path().substring(prefix.length(), close)) - inFile;
        } catch (NumberFormatException | StringIndexOutOfBoundsException x) {
            return e;
        }
        if (k < 0 || k >= options.size()) {
            return e;
        }
        String rest = e.path().substring(close + 1);
        String field = rest.startsWith(".") ? " (" + rest.substring(1) + ")" : "";
        return new ScenarioException("--measure " + options.get(k).spec() + field, e.detail());
    }
}
