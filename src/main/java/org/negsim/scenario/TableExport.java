package org.negsim.scenario;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVPrinter;
import org.negsim.io.CsvFormat;

/**
 * A scenario written as an actors table, a ties table and a small JSON that names them, which
 * binds to the same scenario (every value as written in the file, so every run gives the same
 * bytes). The columns are those {@link TableRows} reads: {@code id, name, kind, groups, home,
 * capability, signCost, conformity, flexibility, temperature, availableFrom}, then
 * {@code position.<issue>} and {@code salience.<issue>} per issue in scenario order, then
 * {@code weight.<name>} per weight name, sorted; an empty cell where the actor gives no value.
 */
public final class TableExport {

    /** The actors table's file name. */
    public static final String ACTORS = "actors.csv";
    /** The ties table's file name. */
    public static final String TIES = "ties.csv";

    private static final List<String> FIELDS = List.of("id", "name", "kind", "groups", "home", "capability",
            "signCost", "conformity", "flexibility", "temperature", "availableFrom");

    private final JsonObject tree;

    /**
     * @param tree a scenario tree with its actors and ties as lists (as {@link ScenarioLoader#readTree} gives),
     *             valid: checked by {@link ScenarioLoader#bind}
     */
    public TableExport(JsonObject tree) throws ScenarioException {
        ScenarioLoader.bind(tree);
        this.tree = tree;
    }

    /** Writes the actors table. */
    public void writeActors(Appendable out) throws IOException, ScenarioException {
        List<String> issues = new ArrayList<>();
        for (JsonElement issue : tree.getAsJsonArray("issues")) {
            issues.add(issue.getAsJsonObject().get("id").getAsString());
        }
        JsonArray actors = tree.getAsJsonArray("actors");
        TreeSet<String> weights = new TreeSet<>();
        for (JsonElement a : actors) {
            if (a.getAsJsonObject().get("weights") instanceof JsonObject w) {
                weights.addAll(w.keySet());
            }
        }
        List<String> header = new ArrayList<>(FIELDS);
        issues.forEach(d -> header.add("position." + d));
        issues.forEach(d -> header.add("salience." + d));
        weights.forEach(w -> header.add("weight." + w));
        CSVPrinter csv = new CSVPrinter(out, CsvFormat.FORMAT);
        csv.printRecord(header);
        for (int i = 0; i < actors.size(); i++) {
            JsonObject a = actors.get(i).getAsJsonObject();
            List<String> row = new ArrayList<>(header.size());
            for (String f : FIELDS) {
                row.add(f.equals("groups") ? groups(a, i) : cell(a.get(f)));
            }
            issues.forEach(d -> row.add(cell(a.getAsJsonObject("position").get(d))));
            issues.forEach(d -> row.add(cell(a.getAsJsonObject("salience").get(d))));
            JsonObject w = a.get("weights") instanceof JsonObject o ? o : new JsonObject();
            weights.forEach(name -> row.add(cell(w.get(name))));
            csv.printRecord(row);
        }
        csv.flush();
    }

    /** Writes the ties table (a header alone when there are none). */
    public void writeTies(Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CsvFormat.FORMAT);
        csv.printRecord("from", "to", "weight");
        if (tree.get("ties") instanceof JsonArray ties) {
            for (JsonElement t : ties) {
                JsonObject o = t.getAsJsonObject();
                csv.printRecord(cell(o.get("from")), cell(o.get("to")), cell(o.get("weight")));
            }
        }
        csv.flush();
    }

    /** The scenario JSON with its actors and ties replaced by the two tables, pretty-printed, ending in a line break. */
    public String scenarioJson() {
        JsonObject small = new JsonObject();
        for (Map.Entry<String, JsonElement> e : tree.entrySet()) {
            small.add(e.getKey(), switch (e.getKey()) {
                case "actors" -> table(ACTORS);
                case "ties" -> table(TIES);
                default -> e.getValue();
            });
        }
        if (!small.has("ties")) {
            small.add("ties", table(TIES));
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(small) + "\n";
    }

    private static JsonObject table(String name) {
        JsonObject o = new JsonObject();
        o.addProperty("table", name);
        return o;
    }

    private static String groups(JsonObject actor, int index) throws ScenarioException {
        if (!(actor.get("groups") instanceof JsonArray g) || g.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (JsonElement e : g) {
            String name = e.getAsString();
            if (name.contains(";") || !name.strip().equals(name)) {
                throw new ScenarioException(Json.index("$.actors", index) + ".groups",
                        "group " + Json.quote(name) + " cannot be written to a table (it contains ';' or spaces at an end)");
            }
            names.add(name);
        }
        return String.join(";", names);
    }

    /** A value as its table cell: strings as they are, numbers as written, absent as empty. */
    private static String cell(JsonElement e) {
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }
}
