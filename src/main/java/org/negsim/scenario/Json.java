package org.negsim.scenario;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Small helpers shared by the reader, the binder and the paths: JSON paths, value display, lists. */
final class Json {

    /** Longest rendering of a value in a message; longer ones end in "...". */
    static final int MAX_SHOWN_CHARS = 60;
    /** Most names listed in a message ("ids: ..."); the rest are counted. */
    static final int MAX_LISTED = 20;


    private Json() {
    }

    /** The JSON path of key {@code key} inside the object at {@code path}: {@code $.a.b} or {@code $.a["x.y"]}. */
    static String key(String path, String key) {
        if (isSimpleKey(key)) {
            return path + "." + key;
        }
        return path + "[" + quote(key) + "]";
    }

    /** Whether a key matches {@code [A-Za-z_$][A-Za-z0-9_$-]*} (a loop: this runs for every value read). */
    private static boolean isSimpleKey(String key) {
        int n = key.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '$';
            boolean other = (c >= '0' && c <= '9') || c == '-';
            if (!(letter || (i > 0 && other))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} matches {@code -?(0|[1-9][0-9]*)}. */
    private static boolean isShortIntLiteral(String s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        if (i >= n) {
            return false;
        }
        if (s.charAt(i) == '0') {
            return i + 1 == n;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The JSON path of element {@code index} of the array at {@code path}. */
    static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /**
     * The JSON path of element {@code index} of a list of things with ids, once its id is known
     * (docs/scenario.md#paths).
     */
    static String element(String path, int index, String id) {
        return path + "[" + index + "](" + id + ")";
    }

    /** {@link #element(String, int, String)} with the id of {@code o} when it has a valid one, else by index alone. */
    static String element(String path, int index, JsonObject o) {
        String id = validId(o);
        return id != null ? element(path, index, id) : index(path, index);
    }

    /** The {@code id} of {@code o} when it is a valid id ({@link Fields#isId}), else null. */
    static String validId(JsonObject o) {
        JsonElement id = o.get("id");
        if (id != null && id.isJsonPrimitive() && id.getAsJsonPrimitive().isString() && Fields.isId(id.getAsString())) {
            return id.getAsString();
        }
        return null;
    }

    /** A string as a JSON string literal. */
    static String quote(String s) {
        return new JsonPrimitive(s).toString();
    }

    /**
     * Whether {@code s} is a JSON number literal: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?},
     * scanned by hand (a table of a million ties asks three million times; the pattern took a tenth
     * of reading it).
     */
    static boolean isNumberLiteral(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n || !isDigit(s.charAt(i))) {
            return false;
        }
        if (s.charAt(i++) != '0') {
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
        if (n <= 9 && isShortIntLiteral(literal) && !literal.equals("-0")) {
            return new JsonPrimitive(Integer.valueOf(literal));
        }
        if (n <= 24) {
            double d = NumberLiteral.parseDouble(literal);
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
