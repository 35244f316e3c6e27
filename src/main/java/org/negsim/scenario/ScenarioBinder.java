package org.negsim.scenario;

import static org.negsim.scenario.Fields.array;
import static org.negsim.scenario.Fields.id;
import static org.negsim.scenario.Fields.nonEmptyArray;
import static org.negsim.scenario.Fields.object;
import static org.negsim.scenario.Fields.onlyKeys;
import static org.negsim.scenario.Fields.required;
import static org.negsim.scenario.Fields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.negsim.model.Behavior;
import org.negsim.model.Distance;
import org.negsim.model.Measure;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.model.Tie;

/**
 * Validates a scenario tree and builds the {@link Scenario} with every default resolved: the top
 * level, the issues and the behaviour here, the actors and ties in {@link ActorBinder}, the
 * stages in {@link StageBinder}, selectors in {@link SelectorBinder}, measures in
 * {@link MeasuresBinder}; keys, ranges and defaults as declared in {@link Schema}. Linear in the
 * number of issues, actors, ties and stages: every lookup goes through a hash map built once.
 * Never mutates the tree. One instance per call; not thread-safe.
 */
final class ScenarioBinder {

    /** Largest {@code rounds} of a stage. */
    static final int MAX_ROUNDS = Schema.MAX_ROUNDS;

    private final JsonObject tree;
    /** The actors bound while the file was read, or null when they are in {@link #tree}. */
    private final StreamedActors streamed;
    private final Known known;
    private final Problems problems;
    private final ActorBinder actorBinder;

    private ScenarioBinder(JsonObject tree, StreamedActors streamed) {
        this.tree = tree;
        this.streamed = streamed;
        this.known = streamed != null ? streamed.known : new Known();
        this.problems = streamed != null ? streamed.problems : new Problems();
        this.actorBinder = streamed != null ? streamed.actors : new ActorBinder(known, problems);
    }

    static Scenario bind(JsonObject tree) throws ScenarioException {
        return new ScenarioBinder(tree, null).scenario();
    }

    /**
     * Binds a tree whose {@code actors} were streamed into {@code streamed} while it was read
     * (the tree holds them as an empty array). Reports the same errors as {@link #bind} on the
     * whole tree.
     */
    static Scenario bind(JsonObject tree, StreamedActors streamed) throws ScenarioException {
        return new ScenarioBinder(tree, streamed.bound() ? streamed : null).scenario();
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
        JsonArray issueArray = nonEmptyArray(required(tree, p, "issues"), "$.issues");
        if (streamed == null || !streamed.issuesBound) {
            known.issues.clear();
            known.issueIndex.clear();
            // every actor's position and salience name the issues: with an issue wrong, stop here
            Problems issueProblems = new Problems();
            known.bindIssues(issueProblems, issueArray);
            issueProblems.throwIfAny(topKeys());
        }
        JsonElement actorsMember = required(tree, p, "actors");
        JsonArray actorArray = streamed != null ? null : nonEmptyArray(actorsMember, "$.actors");
        JsonArray stageArray = nonEmptyArray(required(tree, p, "stages"), "$.stages");
        Behavior behavior = tree.has("behavior") ? behavior(object(tree.get("behavior"), "$.behavior")) : Behavior.defaults();
        if (streamed != null) {
            adoptStreamed(behavior);
        } else {
            actorBinder.actors(actorArray, behavior);
        }
        List<Tie> ties;
        if (streamed != null && streamed.streamedTies != null) {
            ties = List.copyOf(streamed.streamedTies);
        } else if (streamed != null && streamed.tableTies != null) {
            ties = streamed.tableTies; // a variant: the ties the first bind read from the table
        } else if (streamed != null && streamed.tieRows != null) {
            List<Tie> list = new ArrayList<>();
            streamed.tieRows.each((o, index) -> problems.attempt(
                    () -> list.add(actorBinder.tie(o, index))));
            ties = List.copyOf(list);
            if (streamed.keepDrafts) {
                streamed.tableTies = ties;
            }
        } else {
            ties = tree.has("ties") ? actorBinder.ties(array(tree.get("ties"), "$.ties")) : List.of();
        }
        SelectorBinder selectors = new SelectorBinder(known);
        StageBinder stageBinder = new StageBinder(known, selectors, problems);
        List<Stage> stages = stageBinder.stages(stageArray);
        List<List<Measure>> measures = new ArrayList<>(List.of(List.of()));
        if (tree.has("measures")) {
            JsonArray measureArray = array(tree.get("measures"), "$.measures");
            problems.attempt(() -> measures.set(0, MeasuresBinder.measures(selectors, measureArray, stages,
                    stageBinder.idsRead(), known.actors)));
        }
        ExperimentSpec[] experiment = new ExperimentSpec[1];
        problems.attempt(() -> experiment[0] = ExperimentSpec.of(tree));
        problems.throwIfAny(topKeys());
        return new Scenario(name, description, List.copyOf(sources), List.copyOf(known.issues),
                List.copyOf(known.actors), ties, behavior, stages, experiment[0].seed(), measures.get(0));
    }

    /** The top-level keys in file order, which orders the errors. */
    private List<String> topKeys() {
        return new ArrayList<>(tree.keySet());
    }

    /** The behaviour: each field as declared in {@link Schema#BEHAVIOR_OBJ}, its default when absent. */
    private static Behavior behavior(JsonObject o) throws ScenarioException {
        String p = "$.behavior";
        onlyKeys(o, p, Schema.BEHAVIOR);
        Distance distance = Behavior.defaults().distance();
        if (o.has("distance")) {
            String s = Fields.oneOf(o.get("distance"), p + ".distance", List.of("linear", "quadratic"));
            distance = s.equals("linear") ? Distance.LINEAR : Distance.QUADRATIC;
        }
        Schema.Obj b = Schema.BEHAVIOR_OBJ;
        return new Behavior(distance, b.get("temperature").number(o, p), b.get("abstainBand").number(o, p),
                b.get("selfWeight").number(o, p), b.get("groupTieWeight").number(o, p),
                b.get("homeTieWeight").number(o, p), b.get("conformity").number(o, p), b.get("signCost").number(o, p),
                b.get("flexibility").number(o, p));
    }

    /** Takes the streamed actors (or their first error), filling in the behaviour's defaults. */
    private void adoptStreamed(Behavior behavior) throws ScenarioException {
        if (!known.actors.isEmpty() && streamed.drafts.isEmpty()) {
            throw new IllegalStateException("streamed actors bound twice without keeping their drafts");
        }
        known.actors.clear();
        for (ActorBinder.Draft d : streamed.drafts) {
            known.actors.add(d.resolve(behavior));
        }
        if (!streamed.keepDrafts) {
            streamed.drafts.clear();
        }
        actorBinder.checkHomes();
    }
}
