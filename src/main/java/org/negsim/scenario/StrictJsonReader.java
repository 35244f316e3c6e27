package org.negsim.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON document into a Gson tree, more strictly than Gson does: duplicate keys,
 * trailing data, NaN/Infinity, nesting deeper than {@link #MAX_DEPTH} and empty input are
 * errors, and every error is one line with line, column and JSON path. Iterative (no recursion),
 * so deep input cannot overflow the stack. Numbers are kept as written ({@link NumberLiteral}).
 * Not thread-safe; one instance per document.
 */
final class StrictJsonReader {

    /** Deepest nesting of arrays and objects accepted (the top-level object is level 1). */
    static final int MAX_DEPTH = 64;

    /** Strings up to this length are shared between equal occurrences. */
    private static final int MAX_SHARED_LENGTH = 32;
    /** At most this many distinct strings are shared (unique ids fill the table quickly). */
    private static final int MAX_SHARED_STRINGS = 4096;

    /**
     * Gives the text of a 1-based line of the input, for error messages; null if unavailable. At
     * least its first {@code maxChars} characters; more are allowed but need not be read (a
     * minified file may be one line of gigabytes).
     */
    @FunctionalInterface
    interface LineSource {
        String line(int lineNumber, int maxChars) throws IOException;
    }

    /**
     * Receives the elements of one top-level array one by one, as each is complete, instead of the
     * tree holding them: how a million-actor file is read without a million-actor tree.
     */
    interface ElementSink {
        /**
         * The array begins. {@code rootSoFar} holds the top-level members read before it (complete).
         *
         * @return whether to stream the elements; false keeps them in the tree as usual
         */
        boolean begin(JsonObject rootSoFar);

        /** One complete element, at its 0-based {@code index}; never retained by the reader. */
        void element(JsonElement element, int index);
    }

    /**
     * An {@link ElementSink} whose elements are usually objects of a few string or number members
     * (a tie: {@code from}, {@code to}, {@code weight}): such an object is handed over as its values,
     * never built as a tree. Anything else — a missing, unknown or repeated key, a nested value, a
     * syntax error, or values {@link #flat} declines — is read and delivered as {@link #element}
     * would have had it, with the same errors.
     */
    interface FlatSink extends ElementSink {
        /** The keys of the objects taken flat, in the order of {@link #flat}'s arrays. */
        List<String> flatKeys();

        /**
         * An object with exactly the {@link #flatKeys}: {@code values[k]} is key k's string or, when
         * {@code number[k]}, its number literal as written.
         *
         * @return whether it took the object; if not, {@link #element} receives it as an object
         */
        boolean flat(String[] values, boolean[] number, int index);
    }

    /** One open array or object. */
    private static final class Frame {
        final JsonElement element;
        String name;
        int count;
        /** Elements go to the sink, not into {@link #element} (which stays empty). */
        boolean streamed;
        /** Where the elements go when {@link #streamed}. */
        ElementSink sink;

        Frame(JsonElement element) {
            this.element = element;
        }
    }

    private final JsonReader reader;
    private final LineSource lines;
    private final List<Frame> stack = new ArrayList<>();
    private final Map<String, String> sharedStrings = new HashMap<>();
    /** The top-level keys whose arrays may be streamed, each with its sink (empty: none). */
    private final Map<String, ElementSink> sinks;
    /** Words Gson's syntax complaints. */
    private final JsonSyntaxMessages messages;
    /** The element of the streamed array being read, delivered when its last token is read. */
    private JsonElement pending;

    private StrictJsonReader(Reader in, LineSource lines, Map<String, ElementSink> sinks) {
        this.reader = new JsonReader(in);
        this.reader.setStrictness(Strictness.STRICT);
        this.reader.setNestingLimit(Integer.MAX_VALUE);
        this.lines = lines;
        this.sinks = sinks;
        this.messages = new JsonSyntaxMessages(lines);
    }

    /**
     * Reads the whole input; the top level must be an object.
     *
     * @throws ScenarioException for any syntax or strictness error
     * @throws IOException       when the reader fails (including undecodable bytes)
     */
    static JsonObject read(Reader in, LineSource lines) throws ScenarioException, IOException {
        return new StrictJsonReader(in, lines, Map.of()).readDocument();
    }

    /**
     * {@link #read(Reader, LineSource)}, except that when a top-level member named in {@code sinks}
     * is an array and its sink's {@code begin} accepts it, its elements go to that sink one by one
     * and the returned tree holds the member as an empty array. Syntax and strictness are checked
     * exactly as by {@code read}; the first such error still ends the read.
     */
    static JsonObject read(Reader in, LineSource lines, Map<String, ElementSink> sinks)
            throws ScenarioException, IOException {
        return new StrictJsonReader(in, lines, sinks).readDocument();
    }

    private JsonObject readDocument() throws ScenarioException, IOException {
        JsonElement root;
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                throw new ScenarioException("$", "empty file (no JSON value)");
            }
        } catch (EOFException e) {
            throw new ScenarioException("$", "empty file (no JSON value)");
        } catch (MalformedJsonException e) {
            throw messages.syntax(e.getMessage(), path());
        }
        try {
            root = readValue();
        } catch (EOFException e) {
            throw new ScenarioException(path(), "invalid JSON" + JsonSyntaxMessages.where(e.getMessage())
                    + ": unexpected end of file");
        } catch (MalformedJsonException e) {
            throw messages.syntax(e.getMessage(), path());
        }
        try {
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw trailing(reader.toString());
            }
        } catch (MalformedJsonException e) {
            throw trailing(e.getMessage());
        }
        if (!root.isJsonObject()) {
            throw new ScenarioException("$", "must be an object, was " + Json.show(root));
        }
        return root.getAsJsonObject();
    }

    private ScenarioException trailing(String gsonMessage) {
        return new ScenarioException("$", "invalid JSON" + JsonSyntaxMessages.where(gsonMessage)
                + ": unexpected data after the end of the JSON value");
    }

    private JsonElement readValue() throws IOException, ScenarioException {
        JsonElement root = null;
        do {
            JsonToken token = reader.peek();
            switch (token) {
                case BEGIN_OBJECT, BEGIN_ARRAY -> {
                    if (stack.size() >= MAX_DEPTH) {
                        throw new ScenarioException(path(), "invalid JSON" + JsonSyntaxMessages.where(reader.toString())
                                + ": nesting deeper than " + MAX_DEPTH + " levels");
                    }
                    if (token == JsonToken.BEGIN_OBJECT && stack.size() == 2 && stack.get(1).streamed
                            && stack.get(1).sink instanceof FlatSink flat) {
                        reader.beginObject();
                        readFlat(flat);
                        continue;
                    }
                    JsonElement child;
                    if (token == JsonToken.BEGIN_OBJECT) {
                        reader.beginObject();
                        child = new JsonObject();
                    } else {
                        reader.beginArray();
                        child = new JsonArray();
                    }
                    root = attach(root, child);
                    Frame frame = new Frame(child);
                    frame.sink = token == JsonToken.BEGIN_ARRAY && stack.size() == 1 ? sinks.get(stack.get(0).name) : null;
                    frame.streamed = frame.sink != null && frame.sink.begin((JsonObject) root);
                    stack.add(frame);
                }
                case END_OBJECT -> {
                    reader.endObject();
                    close();
                }
                case END_ARRAY -> {
                    reader.endArray();
                    close();
                }
                case NAME -> name(shared(reader.nextName()));
                case STRING -> root = attach(root, new JsonPrimitive(shared(reader.nextString())));
                case NUMBER -> {
                    String literal = reader.nextString();
                    // a streamed element is bound once and dropped: no compact form, each number parsed once
                    root = attach(root, stack.size() > 1 && stack.get(1).streamed
                            ? new JsonPrimitive(new NumberLiteral(literal)) : Json.number(literal));
                }
                case BOOLEAN -> root = attach(root, new JsonPrimitive(reader.nextBoolean()));
                case NULL -> {
                    reader.nextNull();
                    root = attach(root, JsonNull.INSTANCE);
                }
                case END_DOCUMENT -> throw new EOFException(reader.toString());
                default -> throw new IllegalStateException("unexpected token " + token);
            }
        } while (!stack.isEmpty());
        return root;
    }

    /** A key of the object on top of the stack: the next value's name; a repeated key is an error. */
    private void name(String name) throws ScenarioException {
        Frame top = stack.get(stack.size() - 1);
        top.name = name;
        if (((JsonObject) top.element).has(name)) {
            throw new ScenarioException(path(), "invalid JSON" + JsonSyntaxMessages.where(reader.toString())
                    + ": duplicate key " + Json.quote(name));
        }
    }

    /**
     * Reads an element of {@code sink}'s streamed array, just opened, as flat values while it has the
     * sink's keys with string or number values; at the first thing that is not (or a syntax error),
     * puts the object read so far on the stack as {@link #readValue} would have it and returns, so
     * that the general reading goes on from the same token with the same paths and errors.
     */
    private void readFlat(FlatSink sink) throws IOException, ScenarioException {
        Frame array = stack.get(stack.size() - 1);
        List<String> keys = sink.flatKeys();
        String[] values = new String[keys.size()];
        boolean[] number = new boolean[keys.size()];
        int[] order = new int[keys.size()];
        int read = 0;
        String name = null;
        boolean valueRead = false;
        try {
            while (reader.peek() != JsonToken.END_OBJECT) {
                name = reader.nextName();
                valueRead = false;
                int k = keys.indexOf(name);
                // a key not taken flat, or repeated, is named (and a repetition refused) before its value is read
                if (k < 0 || values[k] != null) {
                    unflatten(keys, values, number, order, read, name, false);
                    return;
                }
                JsonToken value = reader.peek();
                if (value != JsonToken.STRING && value != JsonToken.NUMBER) {
                    unflatten(keys, values, number, order, read, name, false);
                    return;
                }
                number[k] = value == JsonToken.NUMBER;
                values[k] = reader.nextString();
                order[read++] = k;
                valueRead = true;
            }
        } catch (IOException e) {
            // a syntax error: it names the path of the general reading, the object and the key last read
            unflatten(keys, values, number, order, read, name, valueRead);
            throw e;
        }
        reader.endObject();
        int index = array.count++;
        if (read == keys.size() && sink.flat(values, number, index)) {
            return;
        }
        sink.element(flatObject(keys, values, number, order, read), index);
    }

    /**
     * Puts the object read flat so far on the stack, as the general reading would have it. {@code
     * name}: the key last read, or null; {@code stored}: whether its value is in the object (else it
     * names the value to come, and is refused if repeated).
     */
    private void unflatten(List<String> keys, String[] values, boolean[] number, int[] order, int read,
                           String name, boolean stored) throws ScenarioException {
        JsonObject o = flatObject(keys, values, number, order, read);
        attach(null, o);
        stack.add(new Frame(o));
        if (name != null && !stored) {
            name(shared(name));
        } else if (name != null) {
            stack.get(stack.size() - 1).name = shared(name);
        }
    }

    /** The object of the values read flat, in the order read, with the general reading's values. */
    private JsonObject flatObject(List<String> keys, String[] values, boolean[] number, int[] order, int read) {
        JsonObject o = new JsonObject();
        for (int j = 0; j < read; j++) {
            int k = order[j];
            o.add(shared(keys.get(k)), number[k] ? new JsonPrimitive(new NumberLiteral(values[k]))
                    : new JsonPrimitive(shared(values[k])));
        }
        return o;
    }

    /**
     * One shared instance per distinct short string (keys, kinds, groups, words): a
     * 1,000,000-actor file repeats the same few dozen keys millions of times.
     */
    private String shared(String s) {
        if (s.length() > MAX_SHARED_LENGTH) {
            return s;
        }
        String known = sharedStrings.get(s);
        if (known != null) {
            return known;
        }
        if (sharedStrings.size() < MAX_SHARED_STRINGS) {
            sharedStrings.put(s, s);
        }
        return s;
    }

    /** Pops the array or object just ended; delivers it if it was an element of the streamed array. */
    private void close() {
        stack.remove(stack.size() - 1);
        deliverIfComplete();
    }

    private void deliverIfComplete() {
        if (pending == null || stack.isEmpty()) {
            return;
        }
        Frame top = stack.get(stack.size() - 1);
        if (top.streamed) {
            JsonElement element = pending;
            pending = null;
            top.sink.element(element, top.count - 1);
        }
    }

    private JsonElement attach(JsonElement root, JsonElement value) {
        if (stack.isEmpty()) {
            return value;
        }
        Frame top = stack.get(stack.size() - 1);
        if (top.streamed) {
            pending = value;
            top.count++;
            if (!value.isJsonObject() && !value.isJsonArray()) {
                deliverIfComplete();
            }
            return root;
        }
        if (top.element instanceof JsonArray a) {
            a.add(value);
        } else {
            ((JsonObject) top.element).add(top.name, value);
        }
        top.count++;
        return root;
    }

    /** The JSON path of the value being read. */
    private String path() {
        String s = "$";
        for (int i = 0; i < stack.size(); i++) {
            Frame f = stack.get(i);
            boolean top = i == stack.size() - 1;
            if (f.element.isJsonArray()) {
                s = Json.index(s, top ? f.count : f.count - 1);
            } else if (f.name != null) {
                s = Json.key(s, f.name);
            }
        }
        return s;
    }
}
