package org.negsim.reliability;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import ec.util.MersenneTwisterFast;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks valid scenarios at random, reproducibly from a seed: one to three mutations of the JSON
 * tree (delete a key, change a value's type, replace a number by a negative, huge, {@code 1e400},
 * {@code -0} or fractional one, empty strings and arrays, duplicate an actor, rename an id, point a
 * reference at an unknown id, wrap a value in an array, nest a value hundreds of levels deep), and
 * sometimes damage to the bytes afterwards (truncate at a random byte, flip random bytes).
 */
final class ScenarioMutator {

    /** What was done, for the failure message, and the resulting file bytes. */
    record Mutant(String description, byte[] bytes) {

        /** The bytes as text (undecodable bytes replaced), for failure messages. */
        String text() {
            String t = new String(bytes, StandardCharsets.UTF_8);
            return t.length() <= 20_000 ? t : t.substring(0, 20_000) + "... (" + t.length() + " chars)";
        }
    }

    /** Raw JSON text put in place of a marker string after serialisation (Gson cannot write these). */
    private static final String[] RAW_NUMBERS = {"1e400", "-1e400", "-0", "0.5", "2.5", "-1", "-0.0", "1e-400",
        "1e308", "9223372036854775808", "-9223372036854775809", "2147483648", "1000001", "123456789012345678901234567890",
        "0e7", "1E2", "-1e-7", "4.9e-324"};
    private static final String[] REFERENCE_KEYS = {"home", "from", "to", "initiator", "weight"};
    private static final String[] REFERENCE_LISTS = {"founders", "members", "kinds", "groups", "ids"};
    /** Keys whose value is an id or name of the id rule. */
    private static final java.util.Set<String> NAME_KEYS = java.util.Set.of("id", "kind", "name", "weight", "home");
    /** Characters of every class an id may or may not contain: letters of several scripts, digits, _ -, and the rest. */
    private static final String[] ID_PIECES = {"a", "Z", "9", "é", "日", "٣", "Ⅻ", "_", "-", ".", "/", "\\", "..", " ",
        "\n", "\r", "\t", "\u0000", "\u001b[2J", "\u007f", "\u202e", "\ud800", "\udc00", "\ud83d\ude00", "=", "+", "@",
        ",", "\"", "'", "[", "]", "?", "*", ":", "%", "#", "\u00a0", "\u200b"};
    private static final String MARK = "\u00a7\u00a7raw";

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private final MersenneTwisterFast random;
    private final Map<String, String> raw = new LinkedHashMap<>();

    ScenarioMutator(long seed) {
        this.random = new MersenneTwisterFast(seed);
    }

    /** A place in the tree: a key of an object or an index of an array. */
    private record Slot(JsonElement parent, String key, int index, String path) {
        JsonElement get() {
            return parent.isJsonObject() ? parent.getAsJsonObject().get(key) : parent.getAsJsonArray().get(index);
        }

        void set(JsonElement value) {
            if (parent.isJsonObject()) {
                parent.getAsJsonObject().add(key, value);
            } else {
                parent.getAsJsonArray().set(index, value);
            }
        }

        void delete() {
            if (parent.isJsonObject()) {
                parent.getAsJsonObject().remove(key);
            } else {
                parent.getAsJsonArray().remove(index);
            }
        }
    }

    /** A mutant of {@code seed} (a valid scenario tree, not modified). */
    Mutant mutate(JsonObject seed) {
        raw.clear();
        JsonObject tree = seed.deepCopy();
        StringBuilder what = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            what.append(i == 0 ? "" : "; ").append(mutateTree(tree));
        }
        String text = GSON.toJson(tree);
        for (Map.Entry<String, String> e : raw.entrySet()) {
            text = text.replace(GSON.toJson(e.getKey()), e.getValue());
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(8) == 0) {
            int cut = random.nextInt(bytes.length + 1);
            byte[] shorter = new byte[cut];
            System.arraycopy(bytes, 0, shorter, 0, cut);
            bytes = shorter;
            what.append("; truncated at byte ").append(cut);
        } else if (random.nextInt(8) == 0 && bytes.length > 0) {
            int flips = 1 + random.nextInt(4);
            for (int k = 0; k < flips; k++) {
                int at = random.nextInt(bytes.length);
                byte b = (byte) random.nextInt(256);
                what.append("; byte ").append(at).append(" := ").append(b & 0xff);
                bytes[at] = b;
            }
        }
        return new Mutant(what.toString(), bytes);
    }

    private String mutateTree(JsonObject tree) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, "$", slots);
        if (slots.isEmpty()) {
            return "nothing to mutate";
        }
        switch (random.nextInt(13)) {
            case 0 -> {
                Slot s = pick(slots);
                s.delete();
                return "deleted " + s.path();
            }
            case 1 -> {
                Slot s = pick(slots);
                JsonElement v = otherType(s.get());
                s.set(v);
                return s.path() + " := " + abbreviate(v);
            }
            case 2, 3 -> {
                List<Slot> numbers = slots.stream().filter(s -> isNumber(s.get())).toList();
                Slot s = pick(numbers.isEmpty() ? slots : numbers);
                String literal = RAW_NUMBERS[random.nextInt(RAW_NUMBERS.length)];
                s.set(raw(literal));
                return s.path() + " := " + literal;
            }
            case 4 -> {
                Slot s = pick(slots);
                JsonElement v = random.nextBoolean() ? new JsonPrimitive("") : new JsonArray();
                s.set(v);
                return s.path() + " := " + v;
            }
            case 5 -> {
                JsonArray actors = tree.has("actors") && tree.get("actors").isJsonArray()
                        ? tree.getAsJsonArray("actors") : null;
                if (actors == null || actors.isEmpty()) {
                    return "no actors to duplicate";
                }
                int i = random.nextInt(actors.size());
                actors.add(actors.get(i).deepCopy());
                return "duplicated $.actors[" + i + "]";
            }
            case 6 -> {
                List<Slot> ids = slots.stream().filter(s -> "id".equals(s.key())).toList();
                Slot s = pick(ids.isEmpty() ? slots : ids);
                String name = random.nextBoolean() ? "XYZ" : someString(slots);
                s.set(new JsonPrimitive(name));
                return "renamed " + s.path() + " to " + name;
            }
            case 7 -> {
                List<Slot> refs = slots.stream().filter(s -> isReference(s)).toList();
                Slot s = pick(refs.isEmpty() ? slots : refs);
                s.set(new JsonPrimitive("NOBODY"));
                return s.path() + " := \"NOBODY\"";
            }
            case 8 -> {
                Slot s = pick(slots);
                JsonArray a = new JsonArray();
                a.add(s.get());
                s.set(a);
                return "wrapped " + s.path() + " in an array";
            }
            case 9 -> {
                Slot s = pick(slots);
                int depth = 1 + random.nextInt(random.nextBoolean() ? 70 : 5000);
                boolean objects = random.nextBoolean();
                String inner = GSON.toJson(s.get());
                String deep = (objects ? "{\"a\":" : "[").repeat(depth) + inner + (objects ? "}" : "]").repeat(depth);
                s.set(raw(deep));
                return "nested " + s.path() + " " + depth + " levels deep in " + (objects ? "objects" : "arrays");
            }
            case 10 -> {
                List<Slot> numbers = slots.stream().filter(s -> isNumber(s.get())).toList();
                Slot s = pick(numbers.isEmpty() ? slots : numbers);
                double d = s.get().isJsonPrimitive() && s.get().getAsJsonPrimitive().isNumber()
                        ? s.get().getAsDouble() : 1;
                JsonPrimitive v = new JsonPrimitive(-d - random.nextInt(3));
                s.set(v);
                return s.path() + " := " + v;
            }
            case 11 -> {
                // an id, kind, group, weight or the name built from characters of every class
                List<Slot> names = slots.stream().filter(s -> s.key() != null && NAME_KEYS.contains(s.key())
                        || s.parent() != null && s.parent().isJsonArray() && s.path().contains(".groups[")).toList();
                Slot s = pick(names.isEmpty() ? slots : names);
                StringBuilder b = new StringBuilder();
                int n = 1 + random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(ID_PIECES[random.nextInt(ID_PIECES.length)]);
                }
                s.set(new JsonPrimitive(b.toString()));
                return s.path() + " := " + GSON.toJson(b.toString());
            }
            default -> {
                // copy one value over another: a string id where a number belongs, an actor where an issue belongs...
                Slot from = pick(slots);
                Slot to = pick(slots);
                to.set(from.get().deepCopy());
                return to.path() + " := copy of " + from.path();
            }
        }
    }

    private JsonElement raw(String text) {
        String key = MARK + raw.size() + "\u00a7";
        raw.put(key, text);
        return new JsonPrimitive(key);
    }

    private JsonElement otherType(JsonElement e) {
        int k = random.nextInt(6);
        return switch (k) {
            case 0 -> new JsonPrimitive("text");
            case 1 -> new JsonPrimitive(random.nextInt(100) - 50);
            case 2 -> new JsonPrimitive(random.nextBoolean());
            case 3 -> JsonNull.INSTANCE;
            case 4 -> new JsonObject();
            default -> e.isJsonArray() ? new JsonObject() : new JsonArray();
        };
    }

    private String someString(List<Slot> slots) {
        List<String> strings = new ArrayList<>();
        for (Slot s : slots) {
            JsonElement v = s.get();
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
                strings.add(v.getAsString());
            }
        }
        return strings.isEmpty() ? "x" : strings.get(random.nextInt(strings.size()));
    }

    private static boolean isReference(Slot s) {
        for (String k : REFERENCE_KEYS) {
            if (k.equals(s.key())) {
                return true;
            }
        }
        for (String k : REFERENCE_LISTS) {
            if (s.path().contains("." + k + "[")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    private Slot pick(List<Slot> slots) {
        return slots.get(random.nextInt(slots.size()));
    }

    private static void collect(JsonElement e, String path, List<Slot> out) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : e.getAsJsonObject().entrySet()) {
                String p = path + "." + entry.getKey();
                out.add(new Slot(e, entry.getKey(), -1, p));
                collect(entry.getValue(), p, out);
            }
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                String p = path + "[" + i + "]";
                out.add(new Slot(e, null, i, p));
                collect(a.get(i), p, out);
            }
        }
    }

    private static String abbreviate(JsonElement e) {
        String s = e.toString();
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
