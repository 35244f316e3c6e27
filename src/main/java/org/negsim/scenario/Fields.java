package org.negsim.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Typed, range-checked reads of JSON values. Every method takes the JSON path of the value and
 * throws a {@link ScenarioException} worded as listed in {@code docs/scenario.md}.
 */
final class Fields {

    /** What an id may be, as said in every error about one (docs/scenario.md#ids). */
    static final String ID_RULE = "ids may contain letters, digits, _ and -, and start with a letter or digit";

    private Fields() {
    }

    /** Rejects keys not in {@code allowed}: {@code unknown key "k"; allowed: a, b}. */
    static void onlyKeys(JsonObject o, String path, Set<String> allowed) throws ScenarioException {
        for (String k : o.keySet()) {
            if (!allowed.contains(k)) {
                throw new ScenarioException(Json.key(path, k), "unknown key " + Json.quote(k)
                        + Suggest.didYouMean(k, allowed) + "; allowed: " + String.join(", ", allowed));
            }
        }
    }

    /** The value of a required key: {@code missing required key "k"} at the object's path. */
    static JsonElement required(JsonObject o, String path, String key) throws ScenarioException {
        JsonElement e = o.get(key);
        if (e == null) {
            throw new ScenarioException(path, "missing required key " + Json.quote(key));
        }
        return e;
    }

    static JsonObject object(JsonElement e, String path) throws ScenarioException {
        if (!e.isJsonObject()) {
            throw new ScenarioException(path, "must be an object, was " + Json.show(e));
        }
        return e.getAsJsonObject();
    }

    static JsonArray array(JsonElement e, String path) throws ScenarioException {
        if (!e.isJsonArray()) {
            throw new ScenarioException(path, "must be an array, was " + Json.show(e));
        }
        return e.getAsJsonArray();
    }

    static JsonArray nonEmptyArray(JsonElement e, String path) throws ScenarioException {
        JsonArray a = array(e, path);
        if (a.isEmpty()) {
            throw new ScenarioException(path, "must not be empty");
        }
        return a;
    }

    static String string(JsonElement e, String path) throws ScenarioException {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new ScenarioException(path, "must be a string, was " + Json.show(e));
        }
        return e.getAsString();
    }

    static String nonEmptyString(JsonElement e, String path) throws ScenarioException {
        String s = string(e, path);
        if (s.isEmpty()) {
            throw new ScenarioException(path, "must not be empty");
        }
        return s;
    }

    /**
     * An id, kind, group, weight or scenario name: a string matching {@code [\p{L}\p{N}][\p{L}\p{N}_-]*}, so
     * that it can never be a path, a CSV formula, a line break or a terminal control sequence.
     */
    static String id(JsonElement e, String path) throws ScenarioException {
        String s = string(e, path);
        if (!isId(s)) {
            throw new ScenarioException(path, s.isEmpty() ? "must not be empty"
                    : "is not a valid id, was " + Json.show(e) + " (" + ID_RULE + ")");
        }
        return s;
    }

    /** Whether {@code s} matches {@code [\p{L}\p{N}][\p{L}\p{N}_-]*} (a loop: this runs for every actor read). */
    static boolean isId(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            boolean ok = ascii || (c > 0x7f && isLetterOrNumber(c)) || (i > 0 && (c == '_' || c == '-'));
            if (!ok) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Unicode's letter (L) and number (N) categories, as {@code \p{L}} and {@code \p{N}} in a regular expression. */
    private static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@code duplicate id "X" (first at $.list[i])}, at the path of the second id. */
    static ScenarioException duplicate(String path, String id, String firstPath) {
        return new ScenarioException(path, "duplicate id " + Json.quote(id) + " (first at " + firstPath + ")");
    }

    static boolean bool(JsonElement e, String path) throws ScenarioException {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw new ScenarioException(path, "must be true or false, was " + Json.show(e));
        }
        return e.getAsBoolean();
    }

    /** One of the given words: {@code must be one of "a", "b", was "c"}. */
    static String oneOf(JsonElement e, String path, Collection<String> words) throws ScenarioException {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && words.contains(e.getAsString())) {
            return e.getAsString();
        }
        StringBuilder b = new StringBuilder("must be one of ");
        int n = 0;
        for (String w : words) {
            b.append(n++ == 0 ? "" : ", ").append(Json.quote(w));
        }
        b.append(", was ").append(Json.show(e));
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            b.append(Suggest.didYouMean(e.getAsString(), words));
        }
        throw new ScenarioException(path, b.toString());
    }

    /** Any finite number. */
    static double number(JsonElement e, String path) throws ScenarioException {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new ScenarioException(path, "must be a number, was " + Json.show(e));
        }
        double d = e.getAsDouble();
        if (!Double.isFinite(d)) {
            throw new ScenarioException(path, "must be a finite number, was " + Json.show(e));
        }
        return d;
    }

    /** A number ≥ 0: {@code must be >= 0, was -0.2}. */
    static double nonNegative(JsonElement e, String path) throws ScenarioException {
        double d = number(e, path);
        if (!(d >= 0)) {
            throw new ScenarioException(path, "must be >= 0, was " + Json.show(e));
        }
        return d;
    }

    /** A number &gt; 0: {@code must be > 0, was 0}. */
    static double positive(JsonElement e, String path) throws ScenarioException {
        double d = number(e, path);
        if (!(d > 0)) {
            throw new ScenarioException(path, "must be > 0, was " + Json.show(e));
        }
        return d;
    }

    /** A number in [0, 1]: {@code must be in [0, 1], was 1.5}. */
    static double unit(JsonElement e, String path) throws ScenarioException {
        double d = number(e, path);
        if (!(d >= 0 && d <= 1)) {
            throw new ScenarioException(path, "must be in [0, 1], was " + Json.show(e));
        }
        return d;
    }

    /** A number in (0, 1]: {@code must be in (0, 1], was 0}. */
    static double openUnit(JsonElement e, String path) throws ScenarioException {
        double d = number(e, path);
        if (!(d > 0 && d <= 1)) {
            throw new ScenarioException(path, "must be in (0, 1], was " + Json.show(e));
        }
        return d;
    }

    /**
     * An integer in [min, max]: {@code must be an integer, was 2.5}, then {@code must be >= min, was v}
     * when max is {@link Long#MAX_VALUE}/{@link Integer#MAX_VALUE} and min is not {@link Long#MIN_VALUE},
     * else {@code must be in [min, max], was v}.
     */
    static long integer(JsonElement e, String path, long min, long max) throws ScenarioException {
        number(e, path);
        BigDecimal v;
        try {
            v = e.getAsBigDecimal();
        } catch (NumberFormatException | ArithmeticException tooExtreme) {
            throw new ScenarioException(path, "must be an integer, was " + Json.show(e));
        }
        if (v.signum() != 0 && v.stripTrailingZeros().scale() > 0) {
            throw new ScenarioException(path, "must be an integer, was " + Json.show(e));
        }
        if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            boolean openTop = max == Long.MAX_VALUE || max == Integer.MAX_VALUE;
            boolean tooSmall = v.compareTo(BigDecimal.valueOf(min)) < 0;
            String range = openTop && tooSmall && min != Long.MIN_VALUE ? ">= " + min : "in [" + min + ", " + max + "]";
            throw new ScenarioException(path, "must be " + range + ", was " + Json.show(e));
        }
        return v.longValueExact();
    }

    /** An integer in [min, {@link Integer#MAX_VALUE}]. */
    static int intAtLeast(JsonElement e, String path, int min) throws ScenarioException {
        return (int) integer(e, path, min, Integer.MAX_VALUE);
    }

    /** A name that must be a key of {@code known}: {@code unknown actor "X"; ids: A, B}. */
    static String reference(JsonElement e, String path, Map<String, ?> known, String what, String listName)
            throws ScenarioException {
        String s = string(e, path);
        if (!known.containsKey(s)) {
            throw unknown(path, what, s, known.keySet(), listName);
        }
        return s;
    }

    /** {@code unknown <what> "<name>"; <listName>: a, b} or {@code ...; there are no <listName>}. */
    static ScenarioException unknown(String path, String what, String name, Collection<String> known, String listName) {
        return unknown(path, what, name, known, listName, Map.of());
    }

    /**
     * {@link #unknown(String, String, String, Collection, String)} with a suggestion: the known
     * name closest to {@code name}, or, for actors, the id of the actor whose {@code name} it is
     * ({@code names}: id → name).
     */
    static ScenarioException unknown(String path, String what, String name, Collection<String> known, String listName,
                                     Map<String, String> names) {
        String tail = known.isEmpty() ? "no actor has " + listName : listName + ": " + Json.list(known);
        String hint = Suggest.nameOf(name, names);
        if (hint.isEmpty()) {
            hint = Suggest.didYouMean(name, known);
        }
        return new ScenarioException(path, "unknown " + what + " " + Json.quote(name) + hint + "; " + tail);
    }

    /** A scalar (string, number or boolean) for a vary list. */
    static JsonPrimitive scalar(JsonElement e, String path) throws ScenarioException {
        if (!e.isJsonPrimitive()) {
            throw new ScenarioException(path, "must be a string, number or boolean, was " + Json.show(e));
        }
        if (e.getAsJsonPrimitive().isNumber()) {
            number(e, path);
        }
        return e.getAsJsonPrimitive();
    }
}
