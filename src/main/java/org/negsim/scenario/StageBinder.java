package org.negsim.scenario;

import static org.negsim.scenario.Fields.array;
import static org.negsim.scenario.Fields.bool;
import static org.negsim.scenario.Fields.id;
import static org.negsim.scenario.Fields.intAtLeast;
import static org.negsim.scenario.Fields.nonEmptyArray;
import static org.negsim.scenario.Fields.object;
import static org.negsim.scenario.Fields.onlyKeys;
import static org.negsim.scenario.Fields.required;
import static org.negsim.scenario.Fields.string;
import static org.negsim.scenario.Fields.unit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negsim.model.Actor;
import org.negsim.model.Selector;
import org.negsim.model.Stage;
import org.negsim.model.SuccessCondition;
import org.negsim.model.TextSpec;
import org.negsim.model.When;
import org.negsim.rules.DecisionRule;

/**
 * Binds the {@code stages} list: unique ids, a rule ({@link RuleBinder}), members, a text, rounds
 * and, for open declarations, founders and success conditions, for vote stages absentees. Runs
 * after every actor is bound, since members, founders and initiators refer to them.
 */
final class StageBinder {

    private final Known known;
    private final SelectorBinder selectors;
    private final Problems problems;

    StageBinder(Known known, SelectorBinder selectors, Problems problems) {
        this.known = known;
        this.selectors = selectors;
        this.problems = problems;
    }

    /** Stage id → index in the file, for every stage whose id could be read (also those with errors). */
    private final Map<String, Integer> stageIndex = new HashMap<>();

    /** The ids of the stages read by {@link #stages}, bound or not: a reference to one that failed is a consequence. */
    Set<String> idsRead() {
        return stageIndex.keySet();
    }

    List<Stage> stages(JsonArray a) {
        List<Stage> stages = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            int index = i;
            problems.attempt(() -> {
                JsonObject o = object(a.get(index), Json.index("$.stages", index));
                String p = Json.element("$.stages", index, o);
                onlyKeys(o, p, Schema.STAGE);
                String id = id(required(o, p, "id"), p + ".id");
                Integer first = stageIndex.putIfAbsent(id, index);
                if (first != null) {
                    throw Fields.duplicate(p + ".id", id, Json.element("$.stages", first, id));
                }
                stages.add(stage(o, p, index == 0, id));
            });
        }
        return List.copyOf(stages);
    }

    private Stage stage(JsonObject o, String p, boolean firstStage, String id) throws ScenarioException {
        Schema.Obj s = Schema.STAGE_OBJ;
        String forum = o.has("forum") ? string(o.get("forum"), p + ".forum") : null;
        JsonObject ruleObject = object(required(o, p, "rule"), p + ".rule");
        String type = Fields.oneOf(required(ruleObject, p + ".rule", "type"), p + ".rule.type", Schema.RULES.keySet());
        boolean open = type.equals("open-declaration");
        for (String k : o.keySet()) {
            if (!open && Schema.OPEN_ONLY.contains(k)) {
                throw new ScenarioException(p + "." + k, "not allowed on a " + Json.quote(type)
                        + " stage (open-declaration stages only)");
            }
            if (open && Schema.VOTE_ONLY.contains(k)) {
                throw new ScenarioException(p + "." + k, "not allowed on an \"open-declaration\" stage (vote stages only)");
            }
        }
        DecisionRule rule = RuleBinder.rule(ruleObject, p + ".rule", type, selectors);
        // members, founders and success conditions are checked each on its own, so that one pass reports them all
        Selector[] membersOf = {Selector.ALL};
        boolean membersOk = !o.has("members")
                || problems.attempt(() -> membersOf[0] = selectors.selector(o.get("members"), p + ".members"));
        boolean ok = membersOk;
        Selector members = membersOf[0];
        TextSpec text = text(o, p, firstStage);
        int rounds = (int) s.get("rounds").number(o, p);
        double concession = s.get("concession").number(o, p);
        List<List<String>> founders = new ArrayList<>(List.of(List.of()));
        if (o.has("founders") && membersOk) {
            ok &= problems.attempt(() -> founders.set(0, founders(array(o.get("founders"), p + ".founders"),
                    p + ".founders", members)));
        }
        List<SuccessCondition> success = List.of();
        if (open) {
            JsonArray conditions = nonEmptyArray(required(o, p, "success"), p + ".success");
            List<SuccessCondition> list = new ArrayList<>(conditions.size());
            for (int j = 0; j < conditions.size(); j++) {
                JsonElement c = conditions.get(j);
                String cp = Json.index(p + ".success", j);
                ok &= problems.attempt(() -> list.add(condition(c, cp)));
            }
            success = List.copyOf(list);
        }
        int delay = (int) s.get("entryIntoForceDelay").number(o, p);
        boolean withdrawal = o.has("allowWithdrawal") && bool(o.get("allowWithdrawal"), p + ".allowWithdrawal");
        When when = When.ALWAYS;
        if (o.has("when")) {
            String w = Fields.oneOf(o.get("when"), p + ".when", List.of("always", "previous-failed", "previous-succeeded"));
            if (firstStage && !w.equals("always")) {
                throw new ScenarioException(p + ".when", "must be \"always\" on the first stage, was " + Json.quote(w));
            }
            when = switch (w) {
                case "previous-failed" -> When.PREVIOUS_FAILED;
                case "previous-succeeded" -> When.PREVIOUS_SUCCEEDED;
                default -> When.ALWAYS;
            };
        }
        if (!ok) {
            throw new Problems.Consequence(p);
        }
        Selector absentees = o.has("absent") ? absent(o.get("absent"), p + ".absent", members) : null;
        return new Stage(id, forum, rule, members, text, rounds, concession, founders.get(0), success, delay, withdrawal, when,
                absentees);
    }

    private TextSpec text(JsonObject o, String p, boolean firstStage) throws ScenarioException {
        JsonElement e = required(o, p, "text");
        String tp = p + ".text";
        TextSpec text;
        if (e.isJsonObject()) {
            text = new TextSpec(TextSpec.Mode.OBJECT, known.issueValues(e.getAsJsonObject(), tp, false), null);
        } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
                && List.of("initiator", "compromise", "inherit").contains(e.getAsString())) {
            switch (e.getAsString()) {
                case "initiator" -> {
                    JsonElement who = o.get("initiator");
                    if (who == null) {
                        throw new ScenarioException(p, "missing required key \"initiator\" (needed by \"text\": \"initiator\")");
                    }
                    text = new TextSpec(TextSpec.Mode.INITIATOR, null,
                            known.actorReference(who, p + ".initiator"));
                }
                case "compromise" -> text = new TextSpec(TextSpec.Mode.COMPROMISE, null, null);
                default -> {
                    if (firstStage) {
                        throw new ScenarioException(tp, "must not be \"inherit\" on the first stage");
                    }
                    text = new TextSpec(TextSpec.Mode.INHERIT, null, null);
                }
            }
        } else {
            throw new ScenarioException(tp, "must be an object of issue values or one of \"initiator\", \"compromise\", "
                    + "\"inherit\", was " + Json.show(e));
        }
        if (text.mode() != TextSpec.Mode.INITIATOR && o.has("initiator")) {
            throw new ScenarioException(p + ".initiator", "only allowed with \"text\": \"initiator\"");
        }
        return text;
    }

    private List<String> founders(JsonArray a, String p, Selector members) throws ScenarioException {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int j = 0; j < a.size(); j++) {
            String fp = Json.index(p, j);
            String id = known.actorReference(a.get(j), fp);
            Integer first = seen.putIfAbsent(id, j);
            if (first != null) {
                throw new ScenarioException(fp, "duplicate founder " + Json.quote(id) + " (first at " + Json.index(p, first) + ")");
            }
            if (!members.matches(known.actors.get(known.actorIndex.get(id)))) {
                throw new ScenarioException(fp, Json.quote(id) + " is not a member of this stage");
            }
        }
        return List.copyOf(seen.keySet());
    }

    /**
     * A vote stage's absentees: a selector of which every listed id is a member and which matches
     * at least one member (absentees are members who do not attend).
     */
    private Selector absent(JsonElement e, String p, Selector members) throws ScenarioException {
        Selector absent = selectors.selector(e, p);
        if (absent.ids() != null && absent.kinds() == null && absent.groups() == null) {
            int j = 0;
            for (String id : absent.ids()) {
                if (!members.matches(known.actors.get(known.actorIndex.get(id)))) {
                    String where = e.isJsonArray() ? Json.index(p, j) : Json.index(p + ".ids", j);
                    throw new ScenarioException(where, Json.quote(id) + " is not a member of this stage");
                }
                j++;
            }
        }
        for (Actor a : known.actors) {
            if (members.matches(a) && absent.matches(a)) {
                return absent;
            }
        }
        throw new ScenarioException(p, "selects no member of this stage");
    }

    private SuccessCondition condition(JsonElement e, String p) throws ScenarioException {
        JsonObject o = object(e, p);
        onlyKeys(o, p, Schema.SUCCESS);
        Selector select = o.has("select") ? selectors.selector(o.get("select"), p + ".select") : Selector.ALL;
        List<String> measures = new ArrayList<>();
        for (String m : List.of("minCount", "minFraction", "minShare")) {
            if (o.has(m)) {
                measures.add(m);
            }
        }
        if (measures.size() != 1) {
            throw new ScenarioException(p, "needs exactly one of minCount, minFraction, minShare, found "
                    + (measures.isEmpty() ? "none" : String.join(", ", measures)));
        }
        String m = measures.get(0);
        if (!m.equals("minShare") && o.has("weight")) {
            throw new ScenarioException(p + ".weight", "only allowed with minShare");
        }
        return switch (m) {
            case "minCount" -> new SuccessCondition(select, SuccessCondition.Measure.MIN_COUNT,
                    intAtLeast(o.get(m), p + ".minCount", 0), null);
            case "minFraction" -> new SuccessCondition(select, SuccessCondition.Measure.MIN_FRACTION,
                    unit(o.get(m), p + ".minFraction"), null);
            default -> {
                double share = unit(o.get(m), p + ".minShare");
                if (!o.has("weight")) {
                    throw new ScenarioException(p, "missing required key \"weight\" (needed by minShare)");
                }
                yield new SuccessCondition(select, SuccessCondition.Measure.MIN_SHARE, share, selectors.weightName(o, p, null));
            }
        };
    }
}
