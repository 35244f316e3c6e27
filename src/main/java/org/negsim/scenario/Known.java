package org.negsim.scenario;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.negsim.model.Actor;
import org.negsim.model.Issue;

/**
 * What the binders of one scenario have declared so far, for the references later parts make:
 * the issues and actors in file order with a hash index of their ids, the kinds and groups the
 * actors use, and each weight name with its total. One per scenario; not thread-safe.
 */
final class Known {

    final List<Issue> issues = new ArrayList<>();
    final Map<String, Integer> issueIndex = new HashMap<>();
    final List<Actor> actors = new ArrayList<>();
    /** Actor id → index in {@link #actors} (actors bound without error). */
    final Map<String, Integer> actorIndex = new HashMap<>();
    /** Each id of {@link #actorIndex} mapped to itself: the one instance that references share. */
    final Map<String, String> boundIds = new HashMap<>();
    /** Actor id → index in the file's list, for every actor whose id could be read (also those with errors). */
    final Map<String, Integer> actorIds = new HashMap<>();
    /** How many actors have no readable id: a reference to an unknown actor may mean one of them. */
    int unreadableActorIds;
    /** Actor id → the actor's {@code name}, for "did you mean" when a name is given for an id. */
    final Map<String, String> actorNames = new HashMap<>();
    final Map<String, Boolean> kinds = new HashMap<>();
    final Map<String, Boolean> groups = new HashMap<>();
    /** Each weight name with its total over the actors so far (kept finite: see {@link ActorBinder}). */
    final Map<String, Double> weightNames = new HashMap<>();

    /** Binds the top-level {@code issues} list: unique ids, a status quo in [0, 1]. */
    void bindIssues(Problems problems, com.google.gson.JsonArray a) {
        for (int i = 0; i < a.size(); i++) {
            int index = i;
            problems.attempt(() -> issue(a.get(index), index));
        }
    }

    private void issue(JsonElement e, int i) throws ScenarioException {
        JsonObject o = Fields.object(e, Json.index("$.issues", i));
        String p = Json.element("$.issues", i, o);
        Fields.onlyKeys(o, p, Schema.ISSUE);
        String id = Fields.id(Fields.required(o, p, "id"), p + ".id");
        Integer first = issueIndex.putIfAbsent(id, i);
        if (first != null) {
            throw Fields.duplicate(p + ".id", id, Json.element("$.issues", first, id));
        }
        String label = o.has("label") ? Fields.string(o.get("label"), p + ".label") : "";
        double statusQuo = Schema.ISSUE_OBJ.get("statusQuo").number(o, p);
        issues.add(new Issue(id, label, statusQuo));
    }

    /** An object naming every issue and only issues: values in [0, 1], or ≥ 0 for salience. */
    double[] issueValues(JsonObject o, String p, boolean salience) throws ScenarioException {
        double[] values = new double[issues.size()];
        for (Map.Entry<String, JsonElement> en : o.entrySet()) {
            String vp = Json.key(p, en.getKey());
            Integer d = issueIndex.get(en.getKey());
            if (d == null) {
                throw Fields.unknown(vp, "issue", en.getKey(), issueIndex.keySet(), "issues");
            }
            values[d] = salience ? Fields.nonNegative(en.getValue(), vp) : Fields.unit(en.getValue(), vp);
        }
        if (o.size() < issues.size()) {
            for (Issue issue : issues) {
                if (!o.has(issue.id())) {
                    throw new ScenarioException(p, "missing issue " + Json.quote(issue.id()));
                }
            }
        }
        return values;
    }

    /** The JSON path of actor {@code i} of {@link #actors}, with its index in the file and its id. */
    String actorPath(int i) {
        String id = actors.get(i).id();
        return Json.element("$.actors", actorIds.get(id), id);
    }

    /** The id of the bound actor {@code s} names (the shared instance), or null when no bound actor has it. */
    String boundActorId(String s) {
        return boundIds.get(s);
    }

    /**
     * A reference to a bound actor; a {@link Problems.Consequence} for an actor that has an error
     * itself; else {@code unknown actor}, with a suggestion (an id close to it, or the id of the
     * actor whose {@code name} it is).
     */
    String actorReference(JsonElement e, String path) throws ScenarioException {
        String s = Fields.string(e, path);
        if (actorIndex.containsKey(s)) {
            return s;
        }
        if (actorIds.containsKey(s) || unreadableActorIds > 0) {
            throw new Problems.Consequence(path);
        }
        throw Fields.unknown(path, "actor", s, actorIds.keySet(), "ids", actorNames);
    }
}
