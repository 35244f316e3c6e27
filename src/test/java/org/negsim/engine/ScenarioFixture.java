package org.negsim.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negsim.model.Actor;
import org.negsim.model.Behavior;
import org.negsim.model.Distance;
import org.negsim.model.Issue;
import org.negsim.model.Scenario;
import org.negsim.model.Selector;
import org.negsim.model.Stage;
import org.negsim.model.SuccessCondition;
import org.negsim.model.TextSpec;
import org.negsim.model.Tie;
import org.negsim.model.When;
import org.negsim.rules.DecisionRule;
import org.negsim.rules.OpenDeclaration;

/** Builds small validated scenarios in code for engine tests, with the scenario defaults. */
final class ScenarioFixture {

    final List<Issue> issues = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    final List<Tie> ties = new ArrayList<>();
    final List<Stage> stages = new ArrayList<>();
    Behavior behavior = Behavior.defaults();

    ScenarioFixture issue(String id, double statusQuo) {
        issues.add(new Issue(id, id, statusQuo));
        return this;
    }

    /** An actor of kind state with equal salience on every issue and otherwise default fields. */
    ScenarioFixture actor(String id, double... position) {
        return actor(id, "state", List.of(), position);
    }

    ScenarioFixture actor(String id, String kind, List<String> groups, double... position) {
        double[] salience = new double[position.length];
        java.util.Arrays.fill(salience, 1.0 / position.length);
        actors.add(new Actor(id, id, kind, groups, null, position, salience, 1.0, Map.of(),
                behavior.signCost(), behavior.conformity(), behavior.flexibility(), behavior.temperature(), 1));
        return this;
    }

    /** Replaces the last actor by a copy with the given changes. */
    ScenarioFixture with(java.util.function.UnaryOperator<Actor> change) {
        actors.set(actors.size() - 1, change.apply(actors.get(actors.size() - 1)));
        return this;
    }

    static Actor signCost(Actor a, double c) {
        return new Actor(a.id(), a.name(), a.kind(), a.groups(), a.home(), a.position(), a.salience(),
                a.capability(), a.weights(), c, a.conformity(), a.flexibility(), a.temperature(), a.availableFrom());
    }

    static Actor conformity(Actor a, double beta) {
        return new Actor(a.id(), a.name(), a.kind(), a.groups(), a.home(), a.position(), a.salience(),
                a.capability(), a.weights(), a.signCost(), beta, a.flexibility(), a.temperature(), a.availableFrom());
    }

    static Actor flexibility(Actor a, double lambda) {
        return new Actor(a.id(), a.name(), a.kind(), a.groups(), a.home(), a.position(), a.salience(),
                a.capability(), a.weights(), a.signCost(), a.conformity(), lambda, a.temperature(), a.availableFrom());
    }

    static Actor temperature(Actor a, double tau) {
        return new Actor(a.id(), a.name(), a.kind(), a.groups(), a.home(), a.position(), a.salience(),
                a.capability(), a.weights(), a.signCost(), a.conformity(), a.flexibility(), tau, a.availableFrom());
    }

    static Actor availableFrom(Actor a, int round) {
        return new Actor(a.id(), a.name(), a.kind(), a.groups(), a.home(), a.position(), a.salience(),
                a.capability(), a.weights(), a.signCost(), a.conformity(), a.flexibility(), a.temperature(), round);
    }

    static Actor capability(Actor a, double c) {
        return new Actor(a.id(), a.name(), a.kind(), a.groups(), a.home(), a.position(), a.salience(),
                c, a.weights(), a.signCost(), a.conformity(), a.flexibility(), a.temperature(), a.availableFrom());
    }

    static Actor salience(Actor a, double... s) {
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        double[] normalised = new double[s.length];
        for (int d = 0; d < s.length; d++) {
            normalised[d] = s[d] / sum;
        }
        return new Actor(a.id(), a.name(), a.kind(), a.groups(), a.home(), a.position(), normalised,
                a.capability(), a.weights(), a.signCost(), a.conformity(), a.flexibility(), a.temperature(),
                a.availableFrom());
    }

    static Actor weights(Actor a, Map<String, Double> weights) {
        return new Actor(a.id(), a.name(), a.kind(), a.groups(), a.home(), a.position(), a.salience(),
                a.capability(), weights, a.signCost(), a.conformity(), a.flexibility(), a.temperature(),
                a.availableFrom());
    }

    static Actor home(Actor a, String home) {
        return new Actor(a.id(), a.name(), a.kind(), a.groups(), home, a.position(), a.salience(),
                a.capability(), a.weights(), a.signCost(), a.conformity(), a.flexibility(), a.temperature(),
                a.availableFrom());
    }

    ScenarioFixture tie(String from, String to, double weight) {
        ties.add(new Tie(from, to, weight));
        return this;
    }

    ScenarioFixture behavior(Behavior b) {
        this.behavior = b;
        return this;
    }

    static Behavior behavior(Distance distance, double groupTieWeight, double homeTieWeight, double abstainBand) {
        return new Behavior(distance, 0.0, abstainBand, 1.0, groupTieWeight, homeTieWeight, 0.0, 0.0, 0.0);
    }

    ScenarioFixture declaration(String id, int rounds, List<String> founders, double[] text,
                                SuccessCondition... success) {
        stages.add(new Stage(id, null, new OpenDeclaration(), Selector.ALL,
                new TextSpec(TextSpec.Mode.OBJECT, text, null), rounds, 0.0, founders, List.of(success), 0, false,
                When.ALWAYS));
        return this;
    }

    ScenarioFixture stage(Stage stage) {
        stages.add(stage);
        return this;
    }

    static Stage vote(String id, DecisionRule rule, int rounds, double concession, TextSpec text, When when) {
        return new Stage(id, null, rule, Selector.ALL, text, rounds, concession, List.of(), List.of(), 0, false, when);
    }

    static TextSpec text(double... values) {
        return new TextSpec(TextSpec.Mode.OBJECT, values, null);
    }

    static SuccessCondition minCount(int n) {
        return new SuccessCondition(Selector.ALL, SuccessCondition.Measure.MIN_COUNT, n, null);
    }

    static Set<String> set(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }

    Scenario build() {
        return new Scenario("fixture", "", List.of(), List.copyOf(issues), List.copyOf(actors), List.copyOf(ties),
                behavior, List.copyOf(stages), 1L);
    }

    /** Runs the scenario and records everything. */
    static Trace run(Scenario scenario, long seed) {
        Trace trace = new Trace();
        trace.result = Negotiation.run(scenario, seed, trace);
        return trace;
    }

    /** Everything a run reported. */
    static final class Trace implements RunListener {
        final List<RoundRecord> rounds = new ArrayList<>();
        final List<StageOutcome> outcomes = new ArrayList<>();
        final List<List<String>> decisions = new ArrayList<>();
        final List<int[]> decisionRounds = new ArrayList<>();
        final List<double[][]> positions = new ArrayList<>();
        final List<double[]> gains = new ArrayList<>();
        RunResult result;

        @Override
        public void round(RoundRecord record) {
            rounds.add(record);
        }

        @Override
        public void stageEnded(StageOutcome outcome, StageActors actors) {
            outcomes.add(outcome);
            if (actors == null) {
                decisions.add(null);
                decisionRounds.add(null);
                positions.add(null);
                gains.add(null);
                return;
            }
            List<String> d = new ArrayList<>();
            int[] r = new int[actors.size()];
            double[][] p = new double[actors.size()][];
            double[] g = new double[actors.size()];
            for (int i = 0; i < actors.size(); i++) {
                d.add(actors.decision(i));
                r[i] = actors.decisionRound(i);
                p[i] = new double[actors.actor(i).position().length];
                for (int k = 0; k < p[i].length; k++) {
                    p[i][k] = actors.position(i, k);
                }
                g[i] = actors.gain(i);
            }
            decisions.add(d);
            decisionRounds.add(r);
            positions.add(p);
            gains.add(g);
        }

        List<RoundRecord> roundsOf(String stage) {
            return rounds.stream().filter(r -> r.stageId().equals(stage)).toList();
        }
    }
}
