package org.negsim.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negsim.io.Manifest;
import org.negsim.io.Sha256;

/**
 * The CSV tables a scenario names for its {@code actors} and {@code ties} ({@code "actors":
 * {"table": "actors.csv"}}): where they are, their SHA-256, and the file and line each actor or
 * tie came from, so that an error the binder reports for {@code $.actors[15].salience.restraint}
 * reads {@code actors.csv:17: salience.restraint}. A table path is relative to the scenario file's
 * folder and must stay inside it: an absolute path, a {@code ..} segment, or a symbolic link that
 * leads out is refused. One instance per scenario read; not thread-safe.
 */
public final class ScenarioTables {

    /** The members that may be tables, in file order of the binder. */
    static final List<String> MEMBERS = List.of("actors", "ties");

    /** A path into a table-backed list, with the row's id when the path names one: {@code $.actors[2](FRA)}. */
    private static final Pattern ROW = Pattern.compile("\\$\\.(actors|ties)\\[(\\d+)](?:\\([^)]*\\))?");

    /** One table: the member it stands for, its name as written, its file, and (once read) its hash. */
    static final class Table {
        final String member;
        final String name;
        final Path file;
        String sha256;
        /** Line of each row, by index. */
        int[] lines = new int[16];
        int rows;

        Table(String member, String name, Path file) {
            this.member = member;
            this.name = name;
            this.file = file;
        }

        void line(int index, int line) {
            if (index >= lines.length) {
                lines = Arrays.copyOf(lines, Math.max(index + 1, lines.length * 2));
            }
            lines[index] = line;
            rows = Math.max(rows, index + 1);
        }

        /** Reads the rows, recording their lines and the file's hash. */
        int read(TableRows.RowSink sink) throws ScenarioException, IOException {
            MessageDigest digest = Sha256.newDigest();
            int n = TableRows.read(file, name, member.equals("actors") ? TableRows.Kind.ACTORS : TableRows.Kind.TIES,
                    digest, (row, index, line) -> {
                        line(index, line);
                        sink.row(row, index, line);
                    });
            sha256 = Sha256.hex(digest);
            return n;
        }
    }

    private final Map<String, Table> tables = new LinkedHashMap<>();

    private ScenarioTables() {
    }

    /**
     * The tables a scenario tree names, their paths checked.
     *
     * @throws ScenarioException for a malformed {@code {"table": ...}} or a path outside the scenario's folder
     * @throws IOException       when the folder cannot be resolved
     */
    static ScenarioTables of(Path scenarioFile, JsonObject tree) throws ScenarioException, IOException {
        ScenarioTables t = new ScenarioTables();
        for (String member : MEMBERS) {
            // an object without "table" is left to the binder: "must be an array, was {...}"
            if (tree.get(member) instanceof JsonObject o && o.has("table")) {
                String p = "$." + member;
                Fields.onlyKeys(o, p, java.util.Set.of("table"));
                String name = Fields.nonEmptyString(Fields.required(o, p, "table"), p + ".table");
                t.tables.put(member, new Table(member, name, resolve(scenarioFile, name, p + ".table")));
            }
        }
        return t;
    }

    /** The table file {@code name} names, relative to the scenario's folder and inside it. */
    static Path resolve(Path scenarioFile, String name, String p) throws ScenarioException, IOException {
        Path relative;
        try {
            relative = Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ScenarioException(p, "is not a valid file name, was " + Json.quote(name));
        }
        if (relative.isAbsolute() || name.startsWith("/") || name.startsWith("\\")) {
            throw new ScenarioException(p, "must be a path relative to the scenario's folder, was " + Json.quote(name));
        }
        for (Path segment : relative) {
            if (segment.toString().equals("..")) {
                throw new ScenarioException(p, "must stay inside the scenario's folder (no \"..\"), was " + Json.quote(name));
            }
        }
        Path folder = scenarioFile.toAbsolutePath().getParent();
        Path file = folder.resolve(relative).normalize();
        if (Files.exists(file)) {
            Path realFolder = folder.toRealPath();
            Path real = file.toRealPath();
            if (!real.startsWith(realFolder)) {
                throw new ScenarioException(p, Json.quote(name) + " leads out of the scenario's folder (to " + real
                        + "), through a symbolic link; copy the table next to the scenario");
            }
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(real)) {
                throw new java.nio.file.FileSystemException(file.toString(), null, "is a folder, not a table");
            }
        }
        return file;
    }

    /** Whether the scenario names no table. */
    boolean isEmpty() {
        return tables.isEmpty();
    }

    /** The table of a member, or null. */
    Table table(String member) {
        return tables.get(member);
    }

    /**
     * Replaces each table member of {@code tree} by the JSON list its rows stand for (for the
     * commands that need the whole tree: a sweep, {@code --set} on actors, the gui).
     */
    void materialize(JsonObject tree) throws ScenarioException, IOException {
        for (Table t : tables.values()) {
            JsonArray rows = new JsonArray();
            t.read((row, index, line) -> rows.add(row));
            tree.add(t.member, rows);
        }
    }

    /** The tables with their hashes, for the manifest (after they were read). */
    public List<Manifest.Table> manifestTables() {
        List<Manifest.Table> out = new ArrayList<>();
        for (Table t : tables.values()) {
            out.add(new Manifest.Table(t.member, t.name, t.sha256));
        }
        return out;
    }

    /**
     * The error with every {@code $.actors[i]} or {@code $.ties[i]} that came from a table
     * replaced by {@code table:line} (and the rest of the path by the table's column).
     */
    ScenarioException translate(ScenarioException e) {
        if (e instanceof ScenarioErrors all && !tables.isEmpty()) {
            List<ScenarioException> each = new ArrayList<>();
            for (ScenarioException one : all.errors()) {
                each.add(translate(one));
            }
            return all.with(each);
        }
        if (tables.isEmpty() || e instanceof TableRows.RowException) {
            return e;
        }
        String path = e.path();
        String detail = rewrite(e.detail());
        Matcher m = ROW.matcher(path);
        if (m.lookingAt()) {
            Table t = tables.get(m.group(1));
            int index = Integer.parseInt(m.group(2));
            if (t != null && index < t.rows) {
                String rest = path.substring(m.end());
                if (rest.startsWith("(") && rest.indexOf(')') > 0) {
                    rest = rest.substring(rest.indexOf(')') + 1); // the id: the table's line names the row
                }
                String column = column(rest);
                String where = t.name + ":" + t.lines[index];
                for (String key : List.of("position", "salience")) {
                    if (column.isEmpty() && detail.equals("missing required key \"" + key + "\"")) {
                        detail = "no " + key + ".<issue> column (every issue needs a position.<issue> and a"
                                + " salience.<issue> column)";
                    }
                }
                return new ScenarioException(column.isEmpty() ? where : where + ": " + column, detail);
            }
        }
        return detail.equals(e.detail()) ? e : new ScenarioException(path, detail);
    }

    private String rewrite(String detail) {
        Matcher m = ROW.matcher(detail);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            Table t = tables.get(m.group(1));
            int index = Integer.parseInt(m.group(2));
            m.appendReplacement(b, Matcher.quoteReplacement(t != null && index < t.rows
                    ? t.name + ":" + t.lines[index] : m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The table column of the rest of a JSON path inside one row: {@code .salience.restraint} → {@code salience.restraint}. */
    static String column(String rest) {
        for (String[] object : new String[][] {{".position", "position"}, {".salience", "salience"},
            {".weights", "weight"}}) {
            if (rest.startsWith(object[0]) && (rest.length() == object[0].length()
                    || rest.charAt(object[0].length()) == '.' || rest.charAt(object[0].length()) == '[')) {
                String key = rest.substring(object[0].length());
                if (key.isEmpty()) {
                    return object[1];
                }
                key = key.charAt(0) == '.' ? key.substring(1)
                        : JsonParser.parseString(key.substring(1, key.length() - 1)).getAsString();
                return object[1] + "." + key;
            }
        }
        if (rest.startsWith(".")) {
            String field = rest.substring(1);
            int cut = field.indexOf('[');
            int dot = field.indexOf('.');
            int end = cut < 0 ? dot : dot < 0 ? cut : Math.min(cut, dot);
            return end < 0 ? field : field.substring(0, end);
        }
        return "";
    }

    /**
     * The tables a scenario file names with the SHA-256 of each file now (for a sweep's manifest
     * and its resume check). Reads only the file's top-level structure.
     */
    public static List<Manifest.Table> declared(Path scenarioFile) throws IOException {
        List<Manifest.Table> out = new ArrayList<>();
        try (JsonReader in = new JsonReader(new InputStreamReader(Files.newInputStream(scenarioFile),
                StandardCharsets.UTF_8))) {
            in.setStrictness(Strictness.LENIENT);
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                return out;
            }
            in.beginObject();
            while (in.hasNext()) {
                String key = in.nextName();
                if (MEMBERS.contains(key) && in.peek() == JsonToken.BEGIN_OBJECT) {
                    JsonElement o = JsonParser.parseReader(in);
                    JsonElement n = o.getAsJsonObject().get("table");
                    if (n != null && n.isJsonPrimitive()) {
                        Path file;
                        try {
                            file = resolve(scenarioFile, n.getAsString(), "$." + key + ".table");
                        } catch (ScenarioException e) {
                            throw new IOException(e.getMessage(), e);
                        }
                        out.add(new Manifest.Table(key, n.getAsString(), Sha256.of(file)));
                    }
                } else {
                    in.skipValue();
                }
            }
        }
        return out;
    }

    /** Runs a table read that may throw {@link IOException} where only {@link ScenarioException} is allowed. */
    static void unchecked(IoAction action) throws ScenarioException {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table read. */
    interface IoAction {
        void run() throws ScenarioException, IOException;
    }
}
