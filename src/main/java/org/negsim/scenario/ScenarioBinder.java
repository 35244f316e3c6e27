package org.negsim.scenario;

import static org.negsim.scenario.Fields.array;
import static org.negsim.scenario.Fields.bool;
import static org.negsim.scenario.Fields.duplicate;
import static org.negsim.scenario.Fields.id;
import static org.negsim.scenario.Fields.intAtLeast;
import static org.negsim.scenario.Fields.integer;
import static org.negsim.scenario.Fields.nonEmptyArray;
import static org.negsim.scenario.Fields.nonEmptyString;
import static org.negsim.scenario.Fields.nonNegative;
import static org.negsim.scenario.Fields.number;
import static org.negsim.scenario.Fields.object;
import static org.negsim.scenario.Fields.onlyKeys;
import static org.negsim.scenario.Fields.positive;
import static org.negsim.scenario.Fields.reference;
import static org.negsim.scenario.Fields.required;
import static org.negsim.scenario.Fields.string;
import static org.negsim.scenario.Fields.unit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.negsim.model.Actor;
import org.negsim.model.Behavior;
import org.negsim.model.Distance;
import org.negsim.model.Issue;
import org.negsim.model.Measure;
import org.negsim.model.Scenario;
import org.negsim.model.Selector;
import org.negsim.model.Stage;
import org.negsim.model.SuccessCondition;
import org.negsim.model.TextSpec;
import org.negsim.model.Tie;
import org.negsim.model.When;
import org.negsim.rules.Consensus;
import org.negsim.rules.DecisionRule;
import org.negsim.rules.Majority;
import org.negsim.rules.OpenDeclaration;
import org.negsim.rules.QualifiedMajority;
import org.negsim.rules.Unanimity;
import org.negsim.rules.WeightedMajority;

/**
 * Validates a scenario tree and builds the {@link Scenario} with every default resolved. Stops at
 * the first error. Linear in the number of issues, actors, ties and stages: every lookup goes
 * through a hash map built once. Never mutates the tree. One instance per call; not thread-safe.
 */
final class ScenarioBinder {

    /** Largest {@code rounds} of a stage. */
    static final int MAX_ROUNDS = 1_000_000;

    /**
     * Stands in for the scenario's behaviour while actors are streamed before it is known: its
     * per-actor defaults are NaN, which no JSON value can be, and are resolved once it is bound.
     */
    private static final Behavior UNRESOLVED = new Behavior(Distance.LINEAR, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    private final JsonObject tree;
    /** The actors bound while the file was read, or null when they are in {@link #tree}. */
    private final StreamedActors streamed;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<String, Integer> issueIndex = new HashMap<>();
    private Behavior behavior;
    private final List<Actor> actors = new ArrayList<>();
    /** Not final: a binder of streamed actors takes over the maps the streaming built. */
    private Map<String, Integer> actorIndex = new HashMap<>();
    private final Map<String, Boolean> kinds = new HashMap<>();
    private Map<String, Boolean> groups = new HashMap<>();
    /** Each weight name with its total over the actors so far (kept finite: see {@link #addWeight}). */
    private final Map<String, Double> weightNames = new HashMap<>();
    /** The total capability of the actors so far (kept finite). */
    private double capabilityTotal;

    private ScenarioBinder(JsonObject tree, StreamedActors streamed) {
        this.tree = tree;
        this.streamed = streamed;
    }

    static Scenario bind(JsonObject tree) throws ScenarioException {
        return new ScenarioBinder(tree, null).scenario();
    }

    /**
     * Binds a tree whose {@code actors} were streamed into {@code streamed} while it was read
     * (the tree holds them as an empty array). Reports the same first error as {@link #bind} on
     * the whole tree: an actor's error waits until the members checked before the actors are.
     */
    static Scenario bind(JsonObject tree, StreamedActors streamed) throws ScenarioException {
        return new ScenarioBinder(tree, streamed.bound() ? streamed : null).scenario();
    }

    /**
     * Binds the elements of the top-level {@code actors} array as the reader delivers them, so that
     * no tree of all actors is ever built. Needs {@code issues} before {@code actors} in the file
     * (otherwise declines, and the actors stay in the tree); the behaviour may come anywhere, its
     * per-actor defaults are filled in when it is bound. The first error is kept, not thrown, and
     * later elements are skipped.
     */
    static final class StreamedActors implements StrictJsonReader.ElementSink {
        private ScenarioBinder binder;
        private int count;
        private ScenarioException error;
        /** Issues were invalid or an actor failed: later elements are read but not bound. */
        private boolean skipping;
        /** The ties, when they come from a table read while binding; else null (they are in the tree). */
        private TieRows ties;

        /** Takes the ties from {@code rows} instead of the tree. */
        void ties(TieRows rows) {
            this.ties = rows;
        }

        /** An element that could not even be read as an actor: kept like a binding error. */
        void fail(ScenarioException e) {
            count++;
            if (!skipping) {
                error = e;
                skipping = true;
            }
        }

        @Override
        public boolean begin(JsonObject rootSoFar) {
            if (!rootSoFar.has("issues")) {
                return false;
            }
            binder = new ScenarioBinder(rootSoFar, null);
            binder.behavior = UNRESOLVED;
            try {
                binder.issues(nonEmptyArray(rootSoFar.get("issues"), "$.issues"));
            } catch (ScenarioException e) {
                // binding the whole scenario reports this error in its usual place
                skipping = true;
            }
            return true;
        }

        @Override
        public void element(JsonElement element, int index) {
            count++;
            if (skipping) {
                return;
            }
            try {
                binder.actors.add(binder.actor(element, Json.index("$.actors", index), index));
            } catch (ScenarioException e) {
                error = e;
                skipping = true;
            }
        }

        /** Whether the reader streamed the array (at least one element) rather than leaving it in the tree. */
        boolean bound() {
            return binder != null && count > 0;
        }
    }

    /** Ties delivered one by one (from a table), each as the JSON object of a tie. */
    interface TieRows {
        /** Calls {@code tie} for every tie, in order. */
        void each(TieHandler tie) throws ScenarioException;
    }

    /** Receives one tie. */
    interface TieHandler {
        void tie(JsonObject o, int index) throws ScenarioException;
    }

    private Scenario scenario() throws ScenarioException {
        String p = "$";
        onlyKeys(tree, p, Schema.TOP);
        if (tree.has("$schema")) {
            string(tree.get("$schema"), Json.key(p, "$schema"));
        }
        String name = id(required(tree, p, "name"), Json.key(p, "name"));
        String description = tree.has("description") ? string(tree.get("description"), Json.key(p, "description")) : "";
        List<String> sources = new ArrayList<>();
        if (tree.has("sources")) {
            JsonArray a = array(tree.get("sources"), Json.key(p, "sources"));
            for (int i = 0; i < a.size(); i++) {
                sources.add(string(a.get(i), Json.index(Json.key(p, "sources"), i)));
            }
        }
        issues(nonEmptyArray(required(tree, p, "issues"), "$.issues"));
        JsonElement actorsMember = required(tree, p, "actors");
        JsonArray actorArray = streamed != null ? null : nonEmptyArray(actorsMember, "$.actors");
        JsonArray stageArray = nonEmptyArray(required(tree, p, "stages"), "$.stages");
        behavior = tree.has("behavior") ? behavior(object(tree.get("behavior"), "$.behavior")) : Behavior.defaults();
        if (streamed != null) {
            adoptStreamed();
        } else {
            actors(actorArray);
        }
        List<Tie> ties;
        if (streamed != null && streamed.ties != null) {
            List<Tie> list = new ArrayList<>();
            streamed.ties.each((o, index) -> list.add(tie(o, Json.index("$.ties", index))));
            ties = List.copyOf(list);
        } else {
            ties = tree.has("ties") ? ties(array(tree.get("ties"), "$.ties")) : List.of();
        }
        List<Stage> stages = stages(stageArray);
        List<Measure> measures = tree.has("measures")
                ? MeasuresBinder.measures(this, array(tree.get("measures"), "$.measures"), stages, actors)
                : List.of();
        ExperimentSpec experiment = ExperimentSpec.of(tree);
        return new Scenario(name, description, List.copyOf(sources), List.copyOf(issues), List.copyOf(actors), ties,
                behavior, stages, experiment.seed(), measures);
    }

    private void issues(JsonArray a) throws ScenarioException {
        for (int i = 0; i < a.size(); i++) {
            String p = Json.index("$.issues", i);
            JsonObject o = object(a.get(i), p);
            onlyKeys(o, p, Schema.ISSUE);
            String id = id(required(o, p, "id"), p + ".id");
            Integer first = issueIndex.putIfAbsent(id, i);
            if (first != null) {
                throw duplicate(p + ".id", id, Json.index("$.issues", first));
            }
            String label = o.has("label") ? string(o.get("label"), p + ".label") : "";
            double statusQuo = unit(required(o, p, "statusQuo"), p + ".statusQuo");
            issues.add(new Issue(id, label, statusQuo));
        }
    }

    private static Behavior behavior(JsonObject o) throws ScenarioException {
        String p = "$.behavior";
        onlyKeys(o, p, Schema.BEHAVIOR);
        Behavior d = Behavior.defaults();
        Distance distance = d.distance();
        if (o.has("distance")) {
            String s = Fields.oneOf(o.get("distance"), p + ".distance", List.of("linear", "quadratic"));
            distance = s.equals("linear") ? Distance.LINEAR : Distance.QUADRATIC;
        }
        return new Behavior(distance,
                o.has("temperature") ? nonNegative(o.get("temperature"), p + ".temperature") : d.temperature(),
                o.has("abstainBand") ? nonNegative(o.get("abstainBand"), p + ".abstainBand") : d.abstainBand(),
                o.has("selfWeight") ? positive(o.get("selfWeight"), p + ".selfWeight") : d.selfWeight(),
                o.has("groupTieWeight") ? nonNegative(o.get("groupTieWeight"), p + ".groupTieWeight") : d.groupTieWeight(),
                o.has("homeTieWeight") ? nonNegative(o.get("homeTieWeight"), p + ".homeTieWeight") : d.homeTieWeight(),
                o.has("conformity") ? number(o.get("conformity"), p + ".conformity") : d.conformity(),
                o.has("signCost") ? number(o.get("signCost"), p + ".signCost") : d.signCost(),
                o.has("flexibility") ? unit(o.get("flexibility"), p + ".flexibility") : d.flexibility());
    }

    private void actors(JsonArray a) throws ScenarioException {
        for (int i = 0; i < a.size(); i++) {
            actors.add(actor(a.get(i), Json.index("$.actors", i), i));
        }
        checkHomes();
    }

    /** Takes the streamed actors (or their first error), filling in the behaviour's defaults. */
    private void adoptStreamed() throws ScenarioException {
        if (streamed.error != null) {
            throw streamed.error;
        }
        ScenarioBinder early = streamed.binder;
        for (Actor a : early.actors) {
            actors.add(withDefaults(a));
        }
        early.actors.clear();
        actorIndex = early.actorIndex;
        groups = early.groups;
        kinds.putAll(early.kinds);
        weightNames.putAll(early.weightNames);
        capabilityTotal = early.capabilityTotal;
        checkHomes();
    }

    /** The actor with every per-actor value it did not set (NaN, see {@link #UNRESOLVED}) from the behaviour. */
    private Actor withDefaults(Actor a) {
        if (!Double.isNaN(a.signCost()) && !Double.isNaN(a.conformity()) && !Double.isNaN(a.flexibility())
                && !Double.isNaN(a.temperature())) {
            return a;
        }
        return new Actor(a.id(), a.name(), a.kind(), a.groups(), a.home(), a.position(), a.salience(), a.capability(),
                a.weights(), orDefault(a.signCost(), behavior.signCost()),
                orDefault(a.conformity(), behavior.conformity()), orDefault(a.flexibility(), behavior.flexibility()),
                orDefault(a.temperature(), behavior.temperature()), a.availableFrom());
    }

    private static double orDefault(double value, double fallback) {
        return Double.isNaN(value) ? fallback : value;
    }

    /** Every {@code home} names another actor. */
    private void checkHomes() throws ScenarioException {
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (actor.home() != null) {
                String p = Json.index("$.actors", i) + ".home";
                if (!actorIndex.containsKey(actor.home())) {
                    throw Fields.unknown(p, "actor", actor.home(), actorIndex.keySet(), "ids");
                }
                if (actor.home().equals(actor.id())) {
                    throw new ScenarioException(p, "must not be the actor itself, was " + Json.quote(actor.home()));
                }
            }
        }
    }

    private Actor actor(JsonElement e, String p, int index) throws ScenarioException {
        JsonObject o = object(e, p);
        onlyKeys(o, p, Schema.ACTOR);
        String id = id(required(o, p, "id"), p + ".id");
        Integer first = actorIndex.putIfAbsent(id, index);
        if (first != null) {
            throw duplicate(p + ".id", id, Json.index("$.actors", first));
        }
        String kind = id(required(o, p, "kind"), p + ".kind");
        kinds.put(kind, Boolean.TRUE);
        double[] position = issueValues(object(required(o, p, "position"), p + ".position"), p + ".position", false);
        double[] salience = issueValues(object(required(o, p, "salience"), p + ".salience"), p + ".salience", true);
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
        List<String> groupList = new ArrayList<>();
        if (o.has("groups")) {
            JsonArray g = array(o.get("groups"), p + ".groups");
            Map<String, Integer> seen = new HashMap<>();
            for (int j = 0; j < g.size(); j++) {
                String gp = Json.index(p + ".groups", j);
                String group = id(g.get(j), gp);
                Integer firstAt = seen.putIfAbsent(group, j);
                if (firstAt != null) {
                    throw new ScenarioException(gp, "duplicate group " + Json.quote(group) + " (first at "
                            + Json.index(p + ".groups", firstAt) + ")");
                }
                groupList.add(group);
                groups.put(group, Boolean.TRUE);
            }
        }
        String home = o.has("home") ? string(o.get("home"), p + ".home") : null;
        double capability = o.has("capability") ? nonNegative(o.get("capability"), p + ".capability") : 1.0;
        capabilityTotal += capability;
        if (!Double.isFinite(capabilityTotal)) {
            throw new ScenarioException(p + ".capability", "the actors' total capability exceeds the largest finite"
                    + " number (about 1.8e308); scale the capabilities down");
        }
        Map<String, Double> weights = new TreeMap<>();
        if (o.has("weights")) {
            JsonObject w = object(o.get("weights"), p + ".weights");
            for (Map.Entry<String, JsonElement> en : w.entrySet()) {
                String wp = Json.key(p + ".weights", en.getKey());
                id(new com.google.gson.JsonPrimitive(en.getKey()), wp);
                double value = nonNegative(en.getValue(), wp);
                weights.put(en.getKey(), value);
                addWeight(en.getKey(), value, wp);
            }
        }
        double signCost = o.has("signCost") ? number(o.get("signCost"), p + ".signCost") : behavior.signCost();
        double conformity = o.has("conformity") ? number(o.get("conformity"), p + ".conformity") : behavior.conformity();
        double flexibility = o.has("flexibility") ? unit(o.get("flexibility"), p + ".flexibility") : behavior.flexibility();
        double temperature = o.has("temperature") ? nonNegative(o.get("temperature"), p + ".temperature")
                : behavior.temperature();
        int availableFrom = o.has("availableFrom") ? intAtLeast(o.get("availableFrom"), p + ".availableFrom", 0) : 1;
        return new Actor(id, name, kind, List.copyOf(groupList), home, position, salience, capability,
                Collections.unmodifiableMap(weights), signCost, conformity, flexibility, temperature, availableFrom);
    }

    /**
     * Adds an actor's weight to its name's total. Totals must stay finite, or the rules' weight
     * shares (yes-weight over total weight) would be NaN and an adopted text would fail: such
     * weights are refused rather than silently rescaled.
     */
    private void addWeight(String name, double value, String path) throws ScenarioException {
        double total = weightNames.merge(name, value, Double::sum);
        if (!Double.isFinite(total)) {
            throw new ScenarioException(path, "the actors' total " + Json.quote(name) + " weight exceeds the largest"
                    + " finite number (about 1.8e308); scale the weights down");
        }
    }

    /** An object naming every issue and only issues: values in [0, 1], or ≥ 0 for salience. */
    private double[] issueValues(JsonObject o, String p, boolean salience) throws ScenarioException {
        double[] values = new double[issues.size()];
        for (Map.Entry<String, JsonElement> en : o.entrySet()) {
            String vp = Json.key(p, en.getKey());
            Integer d = issueIndex.get(en.getKey());
            if (d == null) {
                throw Fields.unknown(vp, "issue", en.getKey(), issueIndex.keySet(), "issues");
            }
            values[d] = salience ? nonNegative(en.getValue(), vp) : unit(en.getValue(), vp);
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

    private List<Tie> ties(JsonArray a) throws ScenarioException {
        List<Tie> ties = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            String p = Json.index("$.ties", i);
            ties.add(tie(object(a.get(i), p), p));
        }
        return List.copyOf(ties);
    }

    private Tie tie(JsonObject o, String p) throws ScenarioException {
        onlyKeys(o, p, Schema.TIE);
        String from = reference(required(o, p, "from"), p + ".from", actorIndex, "actor", "ids");
        String to = reference(required(o, p, "to"), p + ".to", actorIndex, "actor", "ids");
        if (from.equals(to)) {
            throw new ScenarioException(p + ".to", "must differ from \"from\", was " + Json.quote(to));
        }
        return new Tie(from, to, positive(required(o, p, "weight"), p + ".weight"));
    }

    private List<Stage> stages(JsonArray a) throws ScenarioException {
        List<Stage> stages = new ArrayList<>(a.size());
        Map<String, Integer> stageIndex = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            String p = Json.index("$.stages", i);
            JsonObject o = object(a.get(i), p);
            onlyKeys(o, p, Schema.STAGE);
            String id = id(required(o, p, "id"), p + ".id");
            Integer first = stageIndex.putIfAbsent(id, i);
            if (first != null) {
                throw duplicate(p + ".id", id, Json.index("$.stages", first));
            }
            stages.add(stage(o, p, i == 0, id));
        }
        return List.copyOf(stages);
    }

    private Stage stage(JsonObject o, String p, boolean firstStage, String id) throws ScenarioException {
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
        DecisionRule rule = rule(ruleObject, p + ".rule", type);
        Selector members = o.has("members") ? selector(o.get("members"), p + ".members") : Selector.ALL;
        TextSpec text = text(o, p, firstStage);
        int rounds = (int) integer(required(o, p, "rounds"), p + ".rounds", 1, MAX_ROUNDS);
        double concession = o.has("concession") ? unit(o.get("concession"), p + ".concession") : 0.0;
        List<String> founders = o.has("founders") ? founders(array(o.get("founders"), p + ".founders"), p + ".founders",
                members) : List.of();
        List<SuccessCondition> success = List.of();
        if (open) {
            JsonArray s = nonEmptyArray(required(o, p, "success"), p + ".success");
            List<SuccessCondition> list = new ArrayList<>(s.size());
            for (int j = 0; j < s.size(); j++) {
                list.add(condition(s.get(j), Json.index(p + ".success", j)));
            }
            success = List.copyOf(list);
        }
        int delay = o.has("entryIntoForceDelay") ? intAtLeast(o.get("entryIntoForceDelay"), p + ".entryIntoForceDelay", 0) : 0;
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
        Selector absent = o.has("absent") ? absent(o.get("absent"), p + ".absent", members) : null;
        return new Stage(id, forum, rule, members, text, rounds, concession, founders, success, delay, withdrawal, when,
                absent);
    }

    private DecisionRule rule(JsonObject o, String p, String type) throws ScenarioException {
        Set<String> allowed = Schema.RULES.get(type);
        for (String k : o.keySet()) {
            if (!allowed.contains(k)) {
                throw new ScenarioException(Json.key(p, k), "unknown key " + Json.quote(k) + " for rule "
                        + Json.quote(type) + "; allowed: " + String.join(", ", allowed));
            }
        }
        switch (type) {
            case "consensus":
                return new Consensus();
            case "unanimity":
                return new Unanimity(o.has("abstentionBlocks") && bool(o.get("abstentionBlocks"), p + ".abstentionBlocks"));
            case "majority": {
                Majority.Quota quota = Majority.Quota.SIMPLE;
                double q = 0;
                if (o.has("quota")) {
                    JsonElement e = o.get("quota");
                    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
                        q = Fields.openUnit(e, p + ".quota");
                        quota = Majority.Quota.NUMBER;
                    } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
                            && (e.getAsString().equals("simple") || e.getAsString().equals("two-thirds"))) {
                        quota = e.getAsString().equals("simple") ? Majority.Quota.SIMPLE : Majority.Quota.TWO_THIRDS;
                    } else {
                        throw new ScenarioException(p + ".quota",
                                "must be \"simple\", \"two-thirds\" or a number in (0, 1], was " + Json.show(e));
                    }
                }
                Majority.Base base = Majority.Base.PRESENT_AND_VOTING;
                if (o.has("base") && Fields.oneOf(o.get("base"), p + ".base", List.of("present-and-voting", "members"))
                        .equals("members")) {
                    base = Majority.Base.MEMBERS;
                }
                return new Majority(quota, q, base);
            }
            case "qualified-majority": {
                QualifiedMajority eu = QualifiedMajority.euCouncil();
                double memberQuota = o.has("memberQuota") ? unit(o.get("memberQuota"), p + ".memberQuota") : eu.memberQuota();
                int minMembers = o.has("minMembers") ? intAtLeast(o.get("minMembers"), p + ".minMembers", 0) : eu.minMembers();
                String weight = weightName(o, p, eu.weight());
                double weightQuota = o.has("weightQuota") ? unit(o.get("weightQuota"), p + ".weightQuota") : eu.weightQuota();
                int blocking = o.has("blockingMinMembers")
                        ? intAtLeast(o.get("blockingMinMembers"), p + ".blockingMinMembers", 0) : eu.blockingMinMembers();
                return new QualifiedMajority(memberQuota, minMembers, weight, weightQuota, blocking);
            }
            case "weighted-majority": {
                String weight = weightName(o, p, null);
                return new WeightedMajority(weight, unit(required(o, p, "quota"), p + ".quota"));
            }
            default:
                return new OpenDeclaration();
        }
    }

    /** The {@code weight} key of {@code o} (required when {@code fallback} is null), carried by some actor. */
    String weightName(JsonObject o, String p, String fallback) throws ScenarioException {
        String wp = p + ".weight";
        String weight = fallback == null || o.has("weight") ? id(required(o, p, "weight"), wp) : fallback;
        if (!weightNames.containsKey(weight)) {
            ScenarioException e = Fields.unknown(wp, "weight", weight, weightNames.keySet(), "weights");
            if (o.has("weight")) {
                throw e;
            }
            throw new ScenarioException(wp, e.detail().replaceFirst("; ", " (the default); "));
        }
        return weight;
    }

    private TextSpec text(JsonObject o, String p, boolean firstStage) throws ScenarioException {
        JsonElement e = required(o, p, "text");
        String tp = p + ".text";
        TextSpec text;
        if (e.isJsonObject()) {
            text = new TextSpec(TextSpec.Mode.OBJECT, issueValues(e.getAsJsonObject(), tp, false), null);
        } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
                && List.of("initiator", "compromise", "inherit").contains(e.getAsString())) {
            switch (e.getAsString()) {
                case "initiator" -> {
                    JsonElement who = o.get("initiator");
                    if (who == null) {
                        throw new ScenarioException(p, "missing required key \"initiator\" (needed by \"text\": \"initiator\")");
                    }
                    text = new TextSpec(TextSpec.Mode.INITIATOR, null,
                            reference(who, p + ".initiator", actorIndex, "actor", "ids"));
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
            String id = reference(a.get(j), fp, actorIndex, "actor", "ids");
            Integer first = seen.putIfAbsent(id, j);
            if (first != null) {
                throw new ScenarioException(fp, "duplicate founder " + Json.quote(id) + " (first at " + Json.index(p, first) + ")");
            }
            if (!members.matches(actors.get(actorIndex.get(id)))) {
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
        Selector s = selector(e, p);
        if (s.ids() != null && s.kinds() == null && s.groups() == null) {
            int j = 0;
            for (String id : s.ids()) {
                if (!members.matches(actors.get(actorIndex.get(id)))) {
                    String where = e.isJsonArray() ? Json.index(p, j) : Json.index(p + ".ids", j);
                    throw new ScenarioException(where, Json.quote(id) + " is not a member of this stage");
                }
                j++;
            }
        }
        for (Actor a : actors) {
            if (members.matches(a) && s.matches(a)) {
                return s;
            }
        }
        throw new ScenarioException(p, "selects no member of this stage");
    }

    private SuccessCondition condition(JsonElement e, String p) throws ScenarioException {
        JsonObject o = object(e, p);
        onlyKeys(o, p, Schema.SUCCESS);
        Selector select = o.has("select") ? selector(o.get("select"), p + ".select") : Selector.ALL;
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
                yield new SuccessCondition(select, SuccessCondition.Measure.MIN_SHARE, share, weightName(o, p, null));
            }
        };
    }

    /** {@code "all"}, a non-empty array of actor ids, or an object with kinds, groups and/or ids. */
    Selector selector(JsonElement e, String p) throws ScenarioException {
        Selector s;
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && e.getAsString().equals("all")) {
            return Selector.ALL;
        } else if (e.isJsonArray()) {
            s = Selector.ofIds(names(e, p, actorIndex, "actor", "ids"));
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            onlyKeys(o, p, Schema.SELECTOR);
            if (o.isEmpty()) {
                throw new ScenarioException(p, "must have at least one of groups, ids, kinds");
            }
            s = new Selector(
                    o.has("kinds") ? names(o.get("kinds"), p + ".kinds", kinds, "kind", "kinds") : null,
                    o.has("groups") ? names(o.get("groups"), p + ".groups", groups, "group", "groups") : null,
                    o.has("ids") ? names(o.get("ids"), p + ".ids", actorIndex, "actor", "ids") : null);
        } else {
            throw new ScenarioException(p, "must be \"all\", an array of actor ids or an object with kinds, groups "
                    + "or ids, was " + Json.show(e));
        }
        int fields = (s.kinds() != null ? 1 : 0) + (s.groups() != null ? 1 : 0) + (s.ids() != null ? 1 : 0);
        if (fields > 1 && actors.stream().noneMatch(s::matches)) {
            throw new ScenarioException(p, "selects no actor");
        }
        return s;
    }

    private static Set<String> names(JsonElement e, String p, Map<String, ?> known, String what, String listName)
            throws ScenarioException {
        JsonArray a = nonEmptyArray(e, p);
        Set<String> names = new LinkedHashSet<>();
        for (int j = 0; j < a.size(); j++) {
            names.add(reference(a.get(j), Json.index(p, j), known, what, listName));
        }
        return Collections.unmodifiableSet(names);
    }
}
