package org.negsim.scenario;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Small helpers shared by the reader, the binder and the paths: JSON paths, value display, lists. */
final class Json {

    /** Longest rendering of a value in a message; longer ones end in "...". */
    static final int MAX_SHOWN_CHARS = 60;
    /** Most names listed in a message ("ids: ..."); the rest are counted. */
    static final int MAX_LISTED = 20;

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern SHORT_INT = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

    private Json() {
    }

    /** The JSON path of key {@code key} inside the object at {@code path}: {@code $.a.b} or {@code $.a["x.y"]}. */
    static String key(String path, String key) {
        if (SIMPLE_KEY.matcher(key).matches()) {
            return path + "." + key;
        }
        return path + "[" + quote(key) + "]";
    }

    /** The JSON path of element {@code index} of the array at {@code path}. */
    static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /** A string as a JSON string literal. */
    static String quote(String s) {
        return new JsonPrimitive(s).toString();
    }

    /** Whether {@code s} is a JSON number literal. */
    static boolean isNumberLiteral(String s) {
        return JSON_NUMBER.matcher(s).matches();
    }

    /** A value as compact JSON for a message, numbers as written, cut at {@link #MAX_SHOWN_CHARS}. */
    static String show(JsonElement e) {
        String s = e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? e.getAsString() : e.toString();
        return s.length() <= MAX_SHOWN_CHARS ? s : s.substring(0, MAX_SHOWN_CHARS - 3) + "...";
    }

    /** Names sorted and joined with ", ", at most {@link #MAX_LISTED}, then "... (N more)". */
    static String list(Collection<String> names) {
        List<String> sorted = List.copyOf(new TreeSet<>(names));
        if (sorted.size() <= MAX_LISTED) {
            return String.join(", ", sorted);
        }
        return String.join(", ", sorted.subList(0, MAX_LISTED)) + ", ... (" + (sorted.size() - MAX_LISTED) + " more)";
    }

    /**
     * A JSON number literal as a compact primitive that still prints as written: an
     * {@link Integer} for short integers, a {@link Double} when its decimal form is the literal,
     * else a {@link NumberLiteral}. Keeps large scenarios small in memory.
     */
    static JsonPrimitive number(String literal) {
        int n = literal.length();
        // "-0" is not an Integer: that would drop its sign (a double field reads it as -0.0)
        if (n <= 9 && SHORT_INT.matcher(literal).matches() && !literal.equals("-0")) {
            return new JsonPrimitive(Integer.valueOf(literal));
        }
        if (n <= 24) {
            double d = Double.parseDouble(literal);
            if (Double.toString(d).equals(literal)) {
                return new JsonPrimitive(d);
            }
        }
        return new JsonPrimitive(new NumberLiteral(literal));
    }

    /** A number-or-string-or-boolean from command-line text: "true"/"false", a JSON number, else a string. */
    static JsonPrimitive parseRaw(String raw) {
        if (raw.equals("true") || raw.equals("false")) {
            return new JsonPrimitive(Boolean.parseBoolean(raw));
        }
        if (isNumberLiteral(raw)) {
            return number(raw);
        }
        return new JsonPrimitive(raw);
    }
}
