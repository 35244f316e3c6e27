package org.negsim.scenario;

import static org.negsim.scenario.Fields.array;
import static org.negsim.scenario.Fields.id;
import static org.negsim.scenario.Fields.object;
import static org.negsim.scenario.Fields.onlyKeys;
import static org.negsim.scenario.Fields.required;
import static org.negsim.scenario.Fields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.negsim.model.Actor;
import org.negsim.model.Behavior;
import org.negsim.model.Tie;

/**
 * Binds actors and ties into {@link Known}. An actor is first bound as a {@link Draft}, whose
 * per-actor behaviour values are present only when the file sets them, and is resolved against
 * the scenario's behaviour once that is bound (it may come after the actors when they are
 * streamed). Linear in actors and ties: every reference goes through a hash index.
 */
final class ActorBinder {

    private final Known known;
    private final Problems problems;
    /** How many actors were bound without error (each one's index in {@link Known#actors}). */
    private int bound;
    /** The total capability of the actors so far (kept finite). */
    private double capabilityTotal;

    /** The ids of the last tie {@link #validTie} looked up, and the bound ids they gave (or null). */
    private String lastFromId;
    private String lastFrom;
    private String lastToId;
    private String lastTo;

    ActorBinder(Known known, Problems problems) {
        this.known = known;
        this.problems = problems;
    }

    /**
     * An actor as the file gives it: what it leaves out of signCost, conformity, flexibility and
     * temperature is empty here and comes from the behaviour in {@link #resolve}.
     */
    record Draft(String id, String name, String kind, List<String> groups, String home, double[] position,
                 double[] salience, double capability, Map<String, Double> weights, OptionalDouble signCost,
                 OptionalDouble conformity, OptionalDouble flexibility, OptionalDouble temperature,
                 int availableFrom) {

        /** The actor, with the behaviour's value for every per-actor value the file left out. */
        Actor resolve(Behavior b) {
            return new Actor(id, name, kind, groups, home, position, salience, capability, weights,
                    signCost.orElse(b.signCost()), conformity.orElse(b.conformity()),
                    flexibility.orElse(b.flexibility()), temperature.orElse(b.temperature()), availableFrom);
        }
    }

    /** Binds every actor of the list, resolved against {@code behavior}, then checks their homes. */
    void actors(JsonArray a, Behavior behavior) {
        for (int i = 0; i < a.size(); i++) {
            int index = i;
            problems.attempt(() -> known.actors.add(draft(a.get(index), index).resolve(behavior)));
        }
        checkHomes();
    }

    /** Every {@code home} names another actor. */
    void checkHomes() {
        for (int i = 0; i < known.actors.size(); i++) {
            Actor actor = known.actors.get(i);
            if (actor.home() != null) {
                String p = known.actorPath(i) + ".home";
                problems.attempt(() -> {
                    known.actorReference(new JsonPrimitive(actor.home()), p);
                    if (actor.home().equals(actor.id())) {
                        throw new ScenarioException(p, "must not be the actor itself, was " + Json.quote(actor.home()));
                    }
                });
            }
        }
    }

    /** Binds actor {@code index} of the list, registering its id, kind, groups and weights. */
    Draft draft(JsonElement e, int index) throws ScenarioException {
        JsonObject o = object(e, Json.index("$.actors", index));
        String p = Json.element("$.actors", index, o);
        String readable = Json.validId(o);
        Integer first = readable == null ? null : known.actorIds.putIfAbsent(readable, index);
        if (readable == null) {
            known.unreadableActorIds++;
        }
        onlyKeys(o, p, Schema.ACTOR);
        String id = id(required(o, p, "id"), p + ".id");
        if (first != null) {
            throw Fields.duplicate(p + ".id", id, Json.element("$.actors", first, id));
        }
        String kind = id(required(o, p, "kind"), p + ".kind");
        known.kinds.put(kind, Boolean.TRUE);
        double[] position = known.issueValues(object(required(o, p, "position"), p + ".position"), p + ".position", false);
        double[] salience = known.issueValues(object(required(o, p, "salience"), p + ".salience"), p + ".salience", true);
        double sum = 0;
        for (double s : salience) {
            sum += s;
        }
        if (!(sum > 0) || !Double.isFinite(sum)) {
            throw new ScenarioException(p + ".salience", sum > 0 ? "must have a finite sum" : "must be > 0 on at least one issue");
        }
        for (int d = 0; d < salience.length; d++) {
            salience[d] /= sum;
        }
        String name = o.has("name") ? string(o.get("name"), p + ".name") : id;
        if (o.has("name")) {
            known.actorNames.put(id, name);
        }
        List<String> groupList = o.has("groups") ? groups(array(o.get("groups"), p + ".groups"), p + ".groups") : List.of();
        String home = o.has("home") ? string(o.get("home"), p + ".home") : null;
        Schema.Obj s = Schema.ACTOR_OBJ;
        double capability = s.get("capability").number(o, p);
        capabilityTotal += capability;
        if (!Double.isFinite(capabilityTotal)) {
            throw new ScenarioException(p + ".capability", "the actors' total capability exceeds the largest finite"
                    + " number (about 1.8e308); scale the capabilities down");
        }
        Map<String, Double> weights = o.has("weights") ? weights(object(o.get("weights"), p + ".weights"), p + ".weights")
                : Collections.unmodifiableMap(new TreeMap<>());
        Draft draft = new Draft(id, name, kind, groupList, home, position, salience, capability, weights,
                s.get("signCost").optional(o, p), s.get("conformity").optional(o, p),
                s.get("flexibility").optional(o, p), s.get("temperature").optional(o, p),
                (int) s.get("availableFrom").number(o, p));
        known.actorIndex.put(id, bound++);
        known.boundIds.put(id, id);
        return draft;
    }

    private List<String> groups(JsonArray g, String p) throws ScenarioException {
        List<String> groupList = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < g.size(); j++) {
            String gp = Json.index(p, j);
            String group = id(g.get(j), gp);
            Integer firstAt = seen.putIfAbsent(group, j);
            if (firstAt != null) {
                throw new ScenarioException(gp, "duplicate group " + Json.quote(group) + " (first at "
                        + Json.index(p, firstAt) + ")");
            }
            groupList.add(group);
            known.groups.put(group, Boolean.TRUE);
        }
        return List.copyOf(groupList);
    }

    private Map<String, Double> weights(JsonObject w, String p) throws ScenarioException {
        Map<String, Double> weights = new TreeMap<>();
        for (Map.Entry<String, JsonElement> en : w.entrySet()) {
            String wp = Json.key(p, en.getKey());
            id(new JsonPrimitive(en.getKey()), wp);
            double value = Fields.nonNegative(en.getValue(), wp);
            weights.put(en.getKey(), value);
            addWeight(en.getKey(), value, wp);
        }
        return Collections.unmodifiableMap(weights);
    }

    /**
     * Adds an actor's weight to its name's total. Totals must stay finite, or the rules' weight
     * shares (yes-weight over total weight) would be NaN and an adopted text would fail: such
     * weights are refused rather than silently rescaled.
     */
    private void addWeight(String name, double value, String path) throws ScenarioException {
        double total = known.weightNames.merge(name, value, Double::sum);
        if (!Double.isFinite(total)) {
            throw new ScenarioException(path, "the actors' total " + Json.quote(name) + " weight exceeds the largest"
                    + " finite number (about 1.8e308); scale the weights down");
        }
    }

    /** The weight of a tie, as declared. */
    private static final Schema.Field TIE_WEIGHT = Schema.TIE_OBJ.get("weight");

    /** Binds the top-level {@code ties} list. */
    List<Tie> ties(JsonArray a) {
        List<Tie> ties = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            int index = i;
            problems.attempt(() -> ties.add(tie(a.get(index), index)));
        }
        return List.copyOf(ties);
    }

    /**
     * Tie {@code index} of {@code $.ties}: two different known actors and a weight &gt; 0. The
     * common case — an object of known keys naming two bound actors by string — is checked without
     * building a path; any doubt goes the general way, whose errors name the path.
     */
    Tie tie(JsonElement e, int index) throws ScenarioException {
        if (e instanceof JsonObject o && o.size() == 3 && o.get("from") instanceof JsonPrimitive f && f.isString()
                && o.get("to") instanceof JsonPrimitive t && t.isString()
                && o.get("weight") instanceof JsonPrimitive w && w.isNumber()) {
            Tie tie = validTie(f.getAsString(), t.getAsString(), w.getAsDouble());
            if (tie != null) {
                return tie;
            }
        }
        String p = Json.index("$.ties", index);
        JsonObject o = object(e, p);
        onlyKeys(o, p, Schema.TIE);
        String from = known.actorReference(required(o, p, "from"), p + ".from");
        String to = known.actorReference(required(o, p, "to"), p + ".to");
        if (from.equals(to)) {
            throw new ScenarioException(p + ".to", "must differ from \"from\", was " + Json.quote(to));
        }
        return new Tie(from, to, TIE_WEIGHT.number(o, p));
    }

    /**
     * The tie of two bound actors' ids and a weight, when it is valid (the ids differ, the weight is
     * finite and &gt; 0); else null, and {@link #tie} finds the error. Uses the actors' own id
     * instances, so a million ties share a hundred thousand strings.
     */
    Tie validTie(String fromId, String toId, double weight) {
        // ties are mostly listed by one end (an actor's ten ties in a row): each run of equal ids is looked up once
        if (!fromId.equals(lastFromId)) {
            lastFromId = fromId;
            lastFrom = known.boundActorId(fromId);
        }
        if (!toId.equals(lastToId)) {
            lastToId = toId;
            lastTo = known.boundActorId(toId);
        }
        String from = lastFrom;
        String to = lastTo;
        if (from == null || to == null || from.equals(to) || !Double.isFinite(weight)
                || !TIE_WEIGHT.domain().accepts(weight)) {
            return null;
        }
        return new Tie(from, to, weight);
    }
}
