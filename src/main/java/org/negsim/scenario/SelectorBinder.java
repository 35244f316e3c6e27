package org.negsim.scenario;

import static org.negsim.scenario.Fields.id;
import static org.negsim.scenario.Fields.nonEmptyArray;
import static org.negsim.scenario.Fields.onlyKeys;
import static org.negsim.scenario.Fields.reference;
import static org.negsim.scenario.Fields.required;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.negsim.model.Selector;

/**
 * Binds references to the actors: selectors ({@code "all"}, a list of ids, or kinds, groups and
 * ids) and weight names, against what {@link Known} holds once every actor is bound.
 */
final class SelectorBinder {

    private final Known known;

    SelectorBinder(Known known) {
        this.known = known;
    }

    /** {@code "all"}, a non-empty array of actor ids, or an object with kinds, groups and/or ids. */
    Selector selector(JsonElement e, String p) throws ScenarioException {
        Selector s;
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && e.getAsString().equals("all")) {
            return Selector.ALL;
        } else if (e.isJsonArray()) {
            s = Selector.ofIds(names(e, p, known.actorIndex, "actor", "ids"));
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            onlyKeys(o, p, Schema.SELECTOR);
            if (o.isEmpty()) {
                throw new ScenarioException(p, "must have at least one of groups, ids, kinds");
            }
            s = new Selector(
                    o.has("kinds") ? names(o.get("kinds"), p + ".kinds", known.kinds, "kind", "kinds") : null,
                    o.has("groups") ? names(o.get("groups"), p + ".groups", known.groups, "group", "groups") : null,
                    o.has("ids") ? names(o.get("ids"), p + ".ids", known.actorIndex, "actor", "ids") : null);
        } else {
            throw new ScenarioException(p, "must be \"all\", an array of actor ids or an object with kinds, groups "
                    + "or ids, was " + Json.show(e));
        }
        int fields = (s.kinds() != null ? 1 : 0) + (s.groups() != null ? 1 : 0) + (s.ids() != null ? 1 : 0);
        if (fields > 1 && known.actors.stream().noneMatch(s::matches)) {
            throw new ScenarioException(p, "selects no actor");
        }
        return s;
    }

    private Set<String> names(JsonElement e, String p, Map<String, ?> names, String what, String listName)
            throws ScenarioException {
        JsonArray a = nonEmptyArray(e, p);
        Set<String> found = new LinkedHashSet<>();
        for (int j = 0; j < a.size(); j++) {
            found.add(actorReference(a.get(j), Json.index(p, j), names, what, listName));
        }
        return Collections.unmodifiableSet(found);
    }

    /** A name that must be a key of {@code names}; for actors, "did you mean" also looks at the actors' names. */
    private String actorReference(JsonElement e, String p, Map<String, ?> names, String what, String listName)
            throws ScenarioException {
        return names == known.actorIndex ? known.actorReference(e, p) : reference(e, p, names, what, listName);
    }

    /** The {@code weight} key of {@code o} (required when {@code fallback} is null), carried by some actor. */
    String weightName(JsonObject o, String p, String fallback) throws ScenarioException {
        String wp = p + ".weight";
        String weight = fallback == null || o.has("weight") ? id(required(o, p, "weight"), wp) : fallback;
        if (!known.weightNames.containsKey(weight)) {
            ScenarioException e = Fields.unknown(wp, "weight", weight, known.weightNames.keySet(), "weights");
            if (o.has("weight")) {
                throw e;
            }
            throw new ScenarioException(wp, e.detail().replaceFirst("; ", " (the default); "));
        }
        return weight;
    }
}
