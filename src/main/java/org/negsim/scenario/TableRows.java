package org.negsim.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an actors or ties table (CSV) row by row, each row as the JSON object the scenario file
 * would hold in its {@code actors} or {@code ties} list, so that the binder checks both forms with
 * the same code. Never holds more than one row. Columns of an actors table: {@code id, name,
 * kind, groups, home, capability, signCost, conformity, flexibility, temperature, availableFrom,
 * position.<issue>, salience.<issue>, weight.<name>}, any order, only {@code id} and {@code kind}
 * required as columns; {@code groups} separated by {@code ;}; an empty cell takes the default
 * (positions and saliences have none). Ties: {@code from, to, weight} (a header alone: no ties). UTF-8 (a byte-order mark
 * is skipped), RFC 4180 quoting, blank lines ignored. Errors name the table and line:
 * {@code actors.csv:17: ...}.
 */
final class TableRows {

    /** The two kinds of table. */
    enum Kind { ACTORS, TIES }

    /** Receives each row in order; {@code line} is the row's first line in the file (the header is line 1). */
    interface RowSink {
        void row(JsonObject row, int index, int line) throws ScenarioException;
    }

    /** A row that could not be turned into JSON (an empty required cell, a wrong number of cells). */
    static final class RowException extends ScenarioException {
        private static final long serialVersionUID = 1L;

        RowException(String path, String detail) {
            super(path, detail);
        }
    }

    private static final List<String> ACTOR_COLUMNS = List.of("id", "name", "kind", "groups", "home", "capability",
            "signCost", "conformity", "flexibility", "temperature", "availableFrom");
    private static final Set<String> NUMBER_COLUMNS = Set.of("capability", "signCost", "conformity", "flexibility",
            "temperature", "availableFrom");
    private static final List<String> TIE_COLUMNS = List.of("from", "to", "weight");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private TableRows() {
    }

    /**
     * Reads the table, passing each row to {@code sink} in order; {@code digest}, if not null, sees
     * every byte of the file.
     *
     * @param name the table's name as the scenario gives it (for messages)
     * @return the number of rows
     * @throws ScenarioException for a bad header, a malformed row or bytes that are not UTF-8, or what {@code sink} throws
     * @throws IOException       when the file cannot be read
     */
    static int read(Path path, String name, Kind kind, MessageDigest digest, RowSink sink)
            throws ScenarioException, IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        InputStream in = digest == null ? raw : new DigestInputStream(raw, digest);
        try (PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
             CSVParser parser = CSVParser.parse(skipBom(reader), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ScenarioException(name, "is empty; it needs a header row and at least one row");
            }
            List<String> header = header(records.next(), name, kind);
            int index = 0;
            long lineBefore = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) Math.min(Integer.MAX_VALUE, lineBefore + 1);
                lineBefore = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw new RowException(name + ":" + line, "has " + record.size() + " cells, the header has "
                            + header.size());
                }
                // a million tie rows: the row's name:line is made only for an error
                sink.row(kind == Kind.ACTORS ? actor(header, record, name + ":" + line) : tie(header, record, name, line),
                        index++, line);
            }
            if (index == 0 && kind == Kind.ACTORS) {
                throw new ScenarioException(name, "has a header but no rows; it needs at least one row");
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return index;
        } catch (UncheckedIOException e) {
            throw unwrap(e.getCause(), name);
        } catch (CharacterCodingException | CSVException e) {
            throw unwrap(e, name);
        }
    }

    private static ScenarioException unwrap(IOException e, String name) throws IOException {
        if (e instanceof CharacterCodingException) {
            return new ScenarioException(name, "not valid UTF-8");
        }
        if (e instanceof CSVException) {
            return new ScenarioException(name, "malformed CSV: " + e.getMessage());
        }
        throw e;
    }

    private static Reader skipBom(PushbackReader reader) throws IOException {
        int c = reader.read();
        if (c >= 0 && c != '\uFEFF') {
            reader.unread(c);
        }
        return reader;
    }

    private static List<String> header(CSVRecord record, String name, Kind kind) throws ScenarioException {
        String where = name + ":1";
        List<String> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String raw : record) {
            String c = raw.strip();
            boolean known = kind == Kind.TIES ? TIE_COLUMNS.contains(c) : ACTOR_COLUMNS.contains(c)
                    || (prefixed(c, "position.") || prefixed(c, "salience.") || prefixed(c, "weight."));
            if (!known) {
                throw new ScenarioException(where, "unknown column " + Json.quote(c) + "; allowed: " + (kind == Kind.TIES
                        ? String.join(", ", TIE_COLUMNS)
                        : String.join(", ", ACTOR_COLUMNS) + ", position.<issue>, salience.<issue>, weight.<name>"));
            }
            if (seen.put(c, columns.size()) != null) {
                throw new ScenarioException(where, "duplicate column " + Json.quote(c));
            }
            columns.add(c);
        }
        for (String required : kind == Kind.TIES ? TIE_COLUMNS : List.of("id", "kind")) {
            if (!seen.containsKey(required)) {
                throw new ScenarioException(where, "missing column " + Json.quote(required) + " (required: "
                        + (kind == Kind.TIES ? "from, to, weight" : "id, kind, position.<issue>, salience.<issue>")
                        + ")");
            }
        }
        return columns;
    }

    private static boolean prefixed(String column, String prefix) {
        return column.startsWith(prefix) && column.length() > prefix.length();
    }

    /** One actors row as the JSON object of an actor. */
    private static JsonObject actor(List<String> header, CSVRecord record, String where) throws RowException {
        JsonObject o = new JsonObject();
        for (int k = 0; k < header.size(); k++) {
            String column = header.get(k);
            String cell = record.get(k);
            String value = cell.strip();
            switch (column) {
                case "id", "kind" -> o.addProperty(column, value);
                case "name" -> {
                    if (!cell.isEmpty()) {
                        o.addProperty("name", cell);
                    }
                }
                case "home" -> {
                    if (!value.isEmpty()) {
                        o.addProperty("home", value);
                    }
                }
                case "groups" -> {
                    if (!value.isEmpty()) {
                        JsonArray groups = new JsonArray();
                        for (String g : value.split(";", -1)) {
                            groups.add(g.strip());
                        }
                        o.add("groups", groups);
                    }
                }
                default -> {
                    if (NUMBER_COLUMNS.contains(column)) {
                        if (!value.isEmpty()) {
                            o.add(column, number(value));
                        }
                    } else if (column.startsWith("weight.")) {
                        if (!value.isEmpty()) {
                            member(o, "weights").add(column.substring("weight.".length()), number(value));
                        }
                    } else {
                        int dot = column.indexOf('.');
                        if (value.isEmpty()) {
                            throw new RowException(where + ": " + column, "must not be empty (positions and saliences"
                                    + " have no default)");
                        }
                        member(o, column.substring(0, dot)).add(column.substring(dot + 1), number(value));
                    }
                }
            }
        }
        return o;
    }

    /** One ties row as the JSON object of a tie. */
    private static JsonObject tie(List<String> header, CSVRecord record, String name, int line) throws RowException {
        JsonObject o = new JsonObject();
        for (int k = 0; k < header.size(); k++) {
            String column = header.get(k);
            String value = record.get(k).strip();
            if (value.isEmpty()) {
                throw new RowException(name + ":" + line + ": " + column, "must not be empty");
            }
            o.add(column, column.equals("weight") ? number(value) : new JsonPrimitive(value));
        }
        return o;
    }

    private static JsonObject member(JsonObject o, String key) {
        JsonObject m = o.getAsJsonObject(key);
        if (m == null) {
            m = new JsonObject();
            o.add(key, m);
        }
        return m;
    }

    /** A JSON number when the cell is a JSON number literal, else the text (which the binder refuses as not a number). */
    private static JsonPrimitive number(String value) {
        // the literal as written, parsed once when bound (Json.number's compact forms would cost a
        // round trip through Double.toString per cell, and a row is dropped once bound anyway)
        return Json.isNumberLiteral(value) ? new JsonPrimitive(new NumberLiteral(value)) : new JsonPrimitive(value);
    }
}
