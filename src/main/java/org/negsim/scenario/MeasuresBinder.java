package org.negsim.scenario;

import static org.negsim.scenario.Fields.duplicate;
import static org.negsim.scenario.Fields.id;
import static org.negsim.scenario.Fields.object;
import static org.negsim.scenario.Fields.onlyKeys;
import static org.negsim.scenario.Fields.required;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negsim.model.Actor;
import org.negsim.model.Measure;
import org.negsim.model.Selector;
import org.negsim.model.Stage;

/**
 * Validates the top-level {@code measures} list: unique ids, a known stage, a selector of known
 * actors ({@code "all"} when {@code of} is absent), a known {@code what}, a known weight for (and
 * only for) {@code share}, exactly one actor for {@code decision-round}, and a vote stage for
 * {@code yes}, {@code no} and {@code abstain}. Every error names its JSON path.
 */
final class MeasuresBinder {

    private MeasuresBinder() {
    }

    static List<Measure> measures(SelectorBinder binder, JsonArray a, List<Stage> stages, Set<String> stageIdsRead,
                                  List<Actor> actors)
            throws ScenarioException {
        Map<String, Stage> stageById = new LinkedHashMap<>();
        for (Stage s : stages) {
            stageById.put(s.id(), s);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String p = Json.index("$.measures", i);
            JsonObject o = object(a.get(i), p);
            onlyKeys(o, p, Schema.MEASURE);
            String id = id(required(o, p, "id"), p + ".id");
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                throw duplicate(p + ".id", id, Json.index("$.measures", first));
            }
            JsonElement stageRef = required(o, p, "stage");
            if (stageRef instanceof JsonPrimitive ref && ref.isString() && !stageById.containsKey(ref.getAsString())
                    && stageIdsRead.contains(ref.getAsString())) {
                throw new Problems.Consequence(p + ".stage"); // the stage has an error of its own
            }
            String stageId = Fields.reference(stageRef, p + ".stage", stageById, "stage", "stages");
            Stage stage = stageById.get(stageId);
            String word = Fields.oneOf(required(o, p, "what"), p + ".what", Measure.What.words());
            Measure.What what = Measure.What.of(word);
            Selector of = o.has("of") ? binder.selector(o.get("of"), p + ".of") : Selector.ALL;
            if (what.voteOnly() && stage.isOpenDeclaration()) {
                throw new ScenarioException(p + ".what", Json.quote(word) + " needs a vote stage; stage "
                        + Json.quote(stageId) + " is an open declaration (use joined, joined-fraction or share)");
            }
            if (what == Measure.What.DECISION_ROUND) {
                long n = actors.stream().filter(of::matches).count();
                if (n != 1) {
                    throw new ScenarioException(p + ".of", "decision-round needs exactly one actor, selects " + n);
                }
            }
            String weight = null;
            if (what == Measure.What.SHARE) {
                if (!o.has("weight")) {
                    throw new ScenarioException(p, "missing required key \"weight\" (needed by share)");
                }
                weight = binder.weightName(o, p, null);
            } else if (o.has("weight")) {
                throw new ScenarioException(p + ".weight", "only allowed with \"what\": \"share\"");
            }
            measures.add(new Measure(id, stageId, of, what, weight));
        }
        return List.copyOf(measures);
    }
}
