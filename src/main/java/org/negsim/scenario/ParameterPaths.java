package org.negsim.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parameter paths (docs/scenario.md): the one address space of {@code --set}, {@code --vary} and
 * {@code experiment.vary}. A path is segments separated by {@code .}; a segment is a key,
 * optionally followed by {@code [...]} to pick elements of a list:
 * <ul>
 *   <li>{@code [ID]} the element whose {@code id} is ID ({@code stages[paris-call]}, {@code actors[USA]});</li>
 *   <li>{@code [N]} the element at index N (0-based), when no element has the id N;</li>
 *   <li>{@code [kind=K]}, {@code [group=G]} (actors only) every actor of kind K or in group G.</li>
 * </ul>
 * Only scalars can be set. A key that is absent but allowed where it is addressed (an actor's
 * {@code signCost}, a {@code behavior} field, {@code behavior} itself, an actor's weight) is created;
 * lists are never created. Values are not range-checked here: {@link ScenarioLoader#bind} does that.
 *
 * <p>Errors name the path up to and including the segment that failed and list what exists there.
 * Resolution is linear in the size of the lists it walks (one scan per bracket). Stateless and
 * thread-safe; {@code set} mutates the given tree, which must not be shared between threads.
 */
public final class ParameterPaths {

    private ParameterPaths() {
    }

    /**
     * Parses {@code PATH=VALUE}: the first {@code =} outside brackets separates them (so
     * {@code actors[kind=firm].conformity=0.2} works).
     *
     * @throws ScenarioException when there is no such {@code =} or the path is empty
     */
    public static Assignment parseAssignment(String text) throws ScenarioException {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '=' && depth == 0) {
                if (i == 0) {
                    throw new ScenarioException(text, "missing path before '='");
                }
                return new Assignment(text.substring(0, i), text.substring(i + 1));
            }
        }
        throw new ScenarioException(text, "expected PATH=VALUE, found no '='");
    }

    /**
     * Whether a value given on the command line would reach a CSV cell as a spreadsheet formula:
     * it starts with {@code =}, {@code +}, {@code @}, a tab or a carriage return, or with {@code -}
     * not followed by a digit or a dot (so {@code -0.5} and {@code -1..1} stay numbers).
     */
    static boolean looksLikeAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        if (c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r') {
            return true;
        }
        if (c == '-') {
            char next = value.length() > 1 ? value.charAt(1) : ' ';
            return !(next >= '0' && next <= '9' || next == '.');
        }
        return false;
    }

    /** The top-level key a path starts with ({@code behavior} for {@code behavior.temperature}), or null if malformed. */
    public static String topKey(String path) {
        try {
            return parse(path).get(0).key();
        } catch (ScenarioException e) {
            return null;
        }
    }

    /**
     * A copy of {@code tree} that {@link #set} on {@code paths} may change without changing {@code
     * tree}: the top-level members the paths start with are deep copies, every other member is
     * shared (binding only reads a tree). A sweep varying {@code behavior.temperature} of a
     * million-actor scenario then copies the behaviour, not the actors. A malformed path copies all.
     */
    public static JsonObject copyForSet(JsonObject tree, Collection<String> paths) {
        Set<String> copied = new HashSet<>();
        for (String path : paths) {
            String top = topKey(path);
            if (top == null) {
                return tree.deepCopy();
            }
            copied.add(top);
        }
        JsonObject copy = new JsonObject();
        for (Map.Entry<String, JsonElement> member : tree.entrySet()) {
            copy.add(member.getKey(), copied.contains(member.getKey()) ? member.getValue().deepCopy() : member.getValue());
        }
        return copy;
    }

    /** A command-line value: {@code true}/{@code false} → boolean, a JSON number → number, else a string. */
    public static JsonPrimitive parseValue(String rawValue) {
        return Json.parseRaw(rawValue);
    }

    /** Sets every scalar the path addresses to {@link #parseValue(String) parseValue(rawValue)}. */
    public static void set(JsonObject tree, String path, String rawValue) throws ScenarioException {
        JsonPrimitive value = parseValue(rawValue);
        if (value.isString() && looksLikeAFormula(rawValue)) {
            throw new ScenarioException(path, "value " + Json.quote(rawValue) + " would be read as a formula by a"
                    + " spreadsheet opening the results (it starts with =, +, - or @)");
        }
        set(tree, path, value);
    }

    /**
     * Sets every scalar the path addresses to {@code value}, creating absent allowed keys.
     *
     * @param value a string, number or boolean
     * @throws ScenarioException for a malformed or unknown path, or a value that is not a scalar
     */
    public static void set(JsonObject tree, String path, JsonElement value) throws ScenarioException {
        if (!value.isJsonPrimitive()) {
            throw new ScenarioException(path, "only a string, number or boolean can be set, was " + Json.show(value));
        }
        for (Target t : resolve(tree, path)) {
            t.set(value.deepCopy());
        }
    }

    /**
     * Checks that the path resolves against the tree, without changing it.
     *
     * @return the number of scalars it addresses (≥ 1)
     */
    public static int check(JsonObject tree, String path) throws ScenarioException {
        return resolve(tree, path).size();
    }

    /**
     * The current values the path addresses, in tree order; {@code null} for a key that is absent
     * (its default applies). The tree is not changed.
     */
    public static List<JsonElement> get(JsonObject tree, String path) throws ScenarioException {
        List<JsonElement> values = new ArrayList<>();
        for (Target t : resolve(tree, path)) {
            values.add(t.get());
        }
        return values;
    }

    /**
     * The scalars a path addresses, as identities comparable between paths of the same tree (by
     * the object or list holding them, compared by reference, and the key or index). Two paths that
     * spell one scalar differently ({@code stages[0].concession}, {@code stages[gge].concession})
     * share an identity. The tree is not changed.
     */
    public static Set<Object> scalars(JsonObject tree, String path) throws ScenarioException {
        Set<Object> identities = new java.util.HashSet<>();
        for (Target t : resolve(tree, path)) {
            identities.add(t.identity());
        }
        return identities;
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * One key of a path, with its bracket's selector (or null) and, for the form of error paths
     * {@code actors[2](USA)}, the id the element at that index must have (or null).
     */
    private record Segment(String key, String selector, String id, String text) {
    }

    /** An object in the tree, or a virtual one ({@code obj == null}) to be created in its parent. */
    /** {@code ctx} is the kind of object (from {@link Schema}), for allowed and creatable keys. */
    private record Loc(JsonObject obj, Schema.Obj ctx, Loc parent, String keyInParent) {
        JsonObject materialize() {
            if (obj != null) {
                return obj;
            }
            JsonObject p = parent.materialize();
            JsonElement existing = p.get(keyInParent);
            if (existing != null && existing.isJsonObject()) {
                return existing.getAsJsonObject();
            }
            JsonObject created = new JsonObject();
            p.add(keyInParent, created);
            return created;
        }
    }

    /** One addressed scalar: a key of an object or an element of an array. */
    private record Target(Loc loc, String key, JsonArray array, int index) {
        void set(JsonElement value) {
            if (array != null) {
                array.set(index, value);
            } else {
                loc.materialize().add(key, value);
            }
        }

        JsonElement get() {
            if (array != null) {
                return array.get(index);
            }
            return loc.obj() == null ? null : loc.obj().get(key);
        }

        /** The holder (nearest existing object or list, by reference) and the rest of the way to the scalar. */
        Scalar identity() {
            if (array != null) {
                return new Scalar(array, "#" + index);
            }
            String rest = key;
            Loc l = loc;
            while (l.obj() == null) {
                rest = l.keyInParent() + "." + rest;
                l = l.parent();
            }
            return new Scalar(l.obj(), rest);
        }
    }

    /** See {@link Target#identity()}: equal when the holder is the same instance and the rest is equal. */
    private record Scalar(Object holder, String rest) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Scalar other && other.holder == holder && other.rest.equals(rest);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(holder) * 31 + rest.hashCode();
        }
    }

    private static List<Segment> parse(String path) throws ScenarioException {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int n = path.length();
        if (n == 0) {
            throw new ScenarioException("\"\"", "malformed path: empty");
        }
        while (true) {
            int start = i;
            while (i < n && path.charAt(i) != '.' && path.charAt(i) != '[') {
                i++;
            }
            String key = path.substring(start, i);
            if (key.isEmpty()) {
                throw new ScenarioException(path, "malformed path: empty key at character " + (start + 1));
            }
            String selector = null;
            if (i < n && path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new ScenarioException(path, "malformed path: missing ']'");
                }
                selector = path.substring(i + 1, close);
                if (selector.isEmpty() || selector.indexOf('[') >= 0) {
                    throw new ScenarioException(path, "malformed path: bad brackets at character " + (i + 1));
                }
                i = close + 1;
            }
            String id = null;
            if (selector != null && i < n && path.charAt(i) == '(') {
                // the "[INDEX](ID)" of an error message, pasted: the index, checked to hold that id
                int close = path.indexOf(')', i);
                if (close < 0) {
                    throw new ScenarioException(path, "malformed path: missing ')'");
                }
                id = path.substring(i + 1, close);
                if (id.isEmpty() || !isIndex(selector)) {
                    throw new ScenarioException(path, "malformed path: (ID) follows an index, as in actors[2](USA),"
                            + " at character " + (i + 1));
                }
                i = close + 1;
            }
            segments.add(new Segment(key, selector, id, path.substring(0, i)));
            if (i == n) {
                return segments;
            }
            if (path.charAt(i) != '.') {
                throw new ScenarioException(path, "malformed path: expected '.' at character " + (i + 1));
            }
            i++;
            if (i == n) {
                throw new ScenarioException(path, "malformed path: ends with '.'");
            }
        }
    }

    /** Whether a selector is an index (digits, fewer than 10). */
    private static boolean isIndex(String selector) {
        return !selector.isEmpty() && selector.length() < 10 && selector.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static List<Target> resolve(JsonObject tree, String path) throws ScenarioException {
        List<Segment> segments = parse(path);
        List<Loc> locs = List.of(new Loc(tree, Schema.TOP_OBJ, null, null));
        List<Target> targets = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            Segment seg = segments.get(s);
            boolean last = s == segments.size() - 1;
            String prefix = s == 0 ? null : segments.get(s - 1).text();
            List<Loc> next = new ArrayList<>();
            for (Loc loc : locs) {
                step(tree, loc, seg, last, prefix, next, targets);
            }
            locs = next;
        }
        return targets;
    }

    private static void step(JsonObject tree, Loc loc, Segment seg, boolean last, String prefix, List<Loc> next,
                             List<Target> targets) throws ScenarioException {
        String key = seg.key();
        JsonElement child = loc.obj() == null ? null : loc.obj().get(key);
        if (child == null) {
            Set<String> allowed = allowedKeys(tree, loc);
            if (!allowed.contains(key) && !(loc.ctx() == Schema.WEIGHT_MAP)) {
                String where = prefix == null ? "at the top level" : "in " + prefix;
                if (loc.ctx() == Schema.ISSUE_MAP) {
                    throw new ScenarioException(seg.text(), "unknown issue " + Json.quote(key) + " " + where
                            + Suggest.didYouMean(key, allowed) + "; issues: " + Json.list(allowed));
                }
                throw new ScenarioException(seg.text(), "unknown key " + Json.quote(key) + " " + where
                        + Suggest.didYouMean(key, allowed) + "; allowed: " + Json.list(allowed));
            }
            Schema.Obj childCtx = objectChild(loc.ctx(), key);
            if (seg.selector() == null && last && childCtx == null && !isListKey(loc.ctx(), key)) {
                targets.add(new Target(loc, key, null, 0));
                return;
            }
            if (seg.selector() == null && !last && childCtx != null) {
                next.add(new Loc(null, childCtx, loc, key));
                return;
            }
            throw new ScenarioException(seg.text(), Json.quote(key) + " is absent here and only a missing scalar "
                    + "or settings object can be created");
        }
        Schema.Obj childCtx = objectChild(loc.ctx(), key);
        if (seg.selector() != null) {
            if (!child.isJsonArray()) {
                throw new ScenarioException(seg.text(), "[...] needs a list, but " + key + " is " + describe(child));
            }
            JsonArray array = child.getAsJsonArray();
            Schema.Obj elementCtx = elementCtx(loc.ctx(), key);
            for (int index : select(array, seg, elementCtx)) {
                JsonElement element = array.get(index);
                if (last) {
                    if (!element.isJsonPrimitive() && !element.isJsonNull()) {
                        throw new ScenarioException(seg.text(), "is " + describe(element) + "; only scalars can be set");
                    }
                    targets.add(new Target(null, null, array, index));
                } else if (element.isJsonObject()) {
                    next.add(new Loc(element.getAsJsonObject(), elementCtx, null, null));
                } else {
                    throw new ScenarioException(seg.text(), "is " + describe(element) + ", not an object");
                }
            }
            return;
        }
        if (child.isJsonArray()) {
            throw new ScenarioException(seg.text(), "is a list; address its elements as " + key + "[ID] or " + key
                    + "[INDEX]" + (elementCtx(loc.ctx(), key) == Schema.ACTOR_OBJ ? ", " + key + "[kind=K] or " + key + "[group=G]" : ""));
        }
        if (last) {
            if (child.isJsonObject()) {
                throw new ScenarioException(seg.text(), "is an object; only scalars can be set");
            }
            targets.add(new Target(loc, key, null, 0));
        } else if (child.isJsonObject()) {
            next.add(new Loc(child.getAsJsonObject(), childCtx == null ? Schema.FREE : childCtx, null, null));
        } else {
            throw new ScenarioException(seg.text(), "is " + describe(child) + ", not an object");
        }
    }

    /** Indices of the array elements a bracket selects (at least one). */
    private static List<Integer> select(JsonArray array, Segment seg, Schema.Obj elementCtx) throws ScenarioException {
        String sel = seg.selector();
        String noun = noun(elementCtx);
        if (seg.id() != null) {
            int index = Integer.parseInt(sel);
            if (index >= array.size()) {
                throw new ScenarioException(seg.text(), "no " + noun + " at index " + index + " (" + array.size() + " "
                        + noun + (array.size() == 1 ? "" : "s") + ")");
            }
            JsonElement e = array.get(index);
            JsonElement id = e.isJsonObject() ? e.getAsJsonObject().get("id") : null;
            if (!(id instanceof JsonPrimitive p && p.isString() && p.getAsString().equals(seg.id()))) {
                throw new ScenarioException(seg.text(), "the " + noun + " at index " + index + " has id "
                        + (id == null ? "none" : Json.show(id)) + ", not " + Json.quote(seg.id())
                        + "; give " + seg.key() + "[" + seg.id() + "] to address it by its id");
            }
            return List.of(index);
        }
        List<Integer> picked = new ArrayList<>();
        int eq = sel.indexOf('=');
        if (eq >= 0) {
            String field = sel.substring(0, eq);
            String value = sel.substring(eq + 1);
            if (elementCtx != Schema.ACTOR_OBJ) {
                throw new ScenarioException(seg.text(), "selectors kind= and group= pick actors only");
            }
            if (!field.equals("kind") && !field.equals("group")) {
                throw new ScenarioException(seg.text(), "unknown selector " + Json.quote(field + "=")
                        + "; use kind=K or group=G");
            }
            Set<String> seen = new TreeSet<>();
            for (int i = 0; i < array.size(); i++) {
                JsonElement e = array.get(i);
                if (!e.isJsonObject()) {
                    continue;
                }
                JsonElement f = e.getAsJsonObject().get(field.equals("kind") ? "kind" : "groups");
                if (field.equals("kind")) {
                    if (f != null && f.isJsonPrimitive()) {
                        seen.add(f.getAsString());
                        if (f.getAsString().equals(value)) {
                            picked.add(i);
                        }
                    }
                } else if (f != null && f.isJsonArray()) {
                    boolean match = false;
                    for (JsonElement g : f.getAsJsonArray()) {
                        if (g.isJsonPrimitive()) {
                            seen.add(g.getAsString());
                            match |= g.getAsString().equals(value);
                        }
                    }
                    if (match) {
                        picked.add(i);
                    }
                }
            }
            if (picked.isEmpty()) {
                String what = (field.equals("kind") ? "no actor of kind " : "no actor in group ") + Json.quote(value)
                        + Suggest.didYouMean(value, seen) + (field.equals("kind") ? "; kinds: " : "; groups: ");
                throw new ScenarioException(seg.text(), what + (seen.isEmpty() ? "(none)" : Json.list(seen)));
            }
            return picked;
        }
        List<String> ids = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            if (e.isJsonObject() && e.getAsJsonObject().get("id") instanceof JsonPrimitive id) {
                if (Fields.isId(id.getAsString())) {
                    ids.add(id.getAsString()); // an invalid id has its own error; never list it raw
                    if (e.getAsJsonObject().get("name") instanceof JsonPrimitive name && name.isString()) {
                        names.put(id.getAsString(), name.getAsString());
                    }
                }
                if (id.getAsString().equals(sel)) {
                    return List.of(i);
                }
            }
        }
        if (isIndex(sel)) {
            int index = Integer.parseInt(sel);
            if (index < array.size()) {
                return List.of(index);
            }
            throw new ScenarioException(seg.text(), "no " + noun + " at index " + index + " (" + array.size() + " "
                    + noun + (array.size() == 1 ? "" : "s") + ")");
        }
        if (ids.isEmpty()) {
            throw new ScenarioException(seg.text(), "no " + noun + " with id " + Json.quote(sel)
                    + "; address elements by index 0 to " + (array.size() - 1));
        }
        String hint = Suggest.nameOf(sel, names);
        throw new ScenarioException(seg.text(), "no " + noun + " with id " + Json.quote(sel)
                + (hint.isEmpty() ? Suggest.didYouMean(sel, ids) : hint) + "; ids: " + Json.list(ids));
    }

    private static String noun(Schema.Obj elementCtx) {
        return elementCtx.open() ? "element" : elementCtx.noun();
    }

    private static String describe(JsonElement e) {
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "a list";
        }
        if (e.isJsonNull()) {
            return "null";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isNumber() ? "a number" : p.isBoolean() ? "a boolean" : "a string";
    }

    /** The kind of the elements of list {@code key} inside an object of kind {@code ctx}. */
    private static Schema.Obj elementCtx(Schema.Obj ctx, String key) {
        Schema.Field f = ctx.field(key);
        return f != null && f.type() == Schema.Type.LIST && f.of() != null ? f.of() : Schema.FREE;
    }

    /** The kind of object-valued key {@code key}, or null when the key holds a scalar or a list. */
    private static Schema.Obj objectChild(Schema.Obj ctx, String key) {
        Schema.Field f = ctx.field(key);
        if (f == null) {
            return null;
        }
        return switch (f.type()) {
            case OBJECT, SCALAR_OR_OBJECT -> f.of();
            case SELECTOR -> Schema.FREE;
            default -> null;
        };
    }

    /** Whether {@code key} holds a list in an object of kind {@code ctx} (lists are never created). */
    private static boolean isListKey(Schema.Obj ctx, String key) {
        Schema.Field f = ctx.field(key);
        return f != null && f.type() == Schema.Type.LIST;
    }

    /** Keys allowed in an object of this location: the schema's plus those present. */
    private static Set<String> allowedKeys(JsonObject tree, Loc loc) {
        Set<String> keys = new LinkedHashSet<>();
        if (loc.ctx() == Schema.RULE_OBJ) {
            JsonElement type = loc.obj() == null ? null : loc.obj().get("type");
            Set<String> ruleKeys = type != null && type.isJsonPrimitive() ? Schema.RULES.get(type.getAsString()) : null;
            keys.addAll(ruleKeys != null ? ruleKeys : Set.of("type"));
        } else if (loc.ctx() == Schema.ISSUE_MAP) {
            JsonElement issues = tree.get("issues");
            if (issues != null && issues.isJsonArray()) {
                for (JsonElement i : issues.getAsJsonArray()) {
                    if (i.isJsonObject() && i.getAsJsonObject().get("id") instanceof JsonPrimitive id) {
                        keys.add(id.getAsString());
                    }
                }
            }
        } else {
            keys.addAll(loc.ctx().keys());
        }
        if (loc.obj() != null) {
            keys.addAll(loc.obj().keySet());
        }
        return keys;
    }
}
