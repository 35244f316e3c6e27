package org.negsim.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import ec.util.MersenneTwisterFast;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.negsim.engine.Negotiation;
import org.negsim.engine.RunListener;
import org.negsim.engine.StageActors;
import org.negsim.engine.StageOutcome;
import org.negsim.fit.Fit;
import org.negsim.fit.Likelihood;
import org.negsim.fit.ParameterSpace;
import org.negsim.fit.Record;
import org.negsim.fit.RecordReader;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code negsim fit} at the size the issue names: 400 actors in 8 groups (group ties), one
 * 12-round open declaration, a record simulated by the engine (every actor observed, so the
 * likelihood is exact), three free parameters (conformity, sign cost, temperature). {@code fit} is a
 * whole fit (2 starts, Hessian, scores); {@code likelihood} one evaluation of the log-likelihood on
 * the scenario prepared once; {@code likelihoodRebinding} the same evaluation binding it anew.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FitBench {

    static final List<String> FREE = List.of("behavior.conformity=-1..2", "behavior.signCost=-0.5..1",
            "behavior.temperature=0.005..0.5");

    JsonObject tree;
    Scenario scenario;
    Record record;
    Likelihood likelihood;
    Likelihood rebinding;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        tree = workload(400, 8, 12);
        scenario = ScenarioLoader.bind(tree);
        StringBuilder csv = new StringBuilder("stage,actor,decision,round\n");
        Negotiation.run(scenario, 77, new RunListener() {
            @Override
            public void stageEnded(StageOutcome outcome, StageActors actors) {
                for (int i = 0; i < actors.size(); i++) {
                    boolean joined = actors.decision(i).equals("joined");
                    csv.append("call,").append(actors.actor(i).id()).append(joined ? ",joined," + actors.decisionRound(i) : ",none,")
                            .append('\n');
                }
            }
        });
        record = RecordReader.read("bench.csv", new StringReader(csv.toString()), scenario);
        boolean[] all = new boolean[scenario.actors().size()];
        java.util.Arrays.fill(all, true);
        likelihood = new Likelihood(ParameterSpace.of(tree, FREE), record, all, 1, 1);
        rebinding = new Likelihood(ParameterSpace.of(tree, FREE), record, all, 1, 1, false);
    }

    @Benchmark
    public double fit() throws Exception {
        return Fit.run(tree, scenario, record, FREE, new Fit.Options(null, null, 1, 2, 1)).estimate().logLikelihood();
    }

    @Benchmark
    public double likelihood() {
        return likelihood.at(new double[] {0.3, 0.15, 0.08});
    }

    /** The same evaluation binding and preparing the scenario at θ (as before the scenario was prepared once). */
    @Benchmark
    public double likelihoodRebinding() {
        return rebinding.at(new double[] {0.3, 0.15, 0.08});
    }

    /** The workload scenario as a tree. */
    static JsonObject workload(int actors, int groups, int rounds) {
        MersenneTwisterFast r = new MersenneTwisterFast(2026);
        JsonObject top = new JsonObject();
        top.addProperty("name", "fit-bench");
        JsonArray issues = new JsonArray();
        for (String id : new String[] {"a", "b"}) {
            JsonObject issue = new JsonObject();
            issue.addProperty("id", id);
            issue.addProperty("statusQuo", 0.3);
            issues.add(issue);
        }
        top.add("issues", issues);
        JsonArray list = new JsonArray();
        for (int i = 0; i < actors; i++) {
            JsonObject a = new JsonObject();
            a.addProperty("id", "X" + i);
            a.addProperty("kind", "state");
            JsonArray g = new JsonArray();
            g.add("G" + (i % groups));
            a.add("groups", g);
            JsonObject pos = new JsonObject();
            pos.addProperty("a", r.nextDouble());
            pos.addProperty("b", r.nextDouble());
            a.add("position", pos);
            JsonObject sal = new JsonObject();
            double s = 0.2 + 0.6 * r.nextDouble();
            sal.addProperty("a", s);
            sal.addProperty("b", 1 - s);
            a.add("salience", sal);
            list.add(a);
        }
        top.add("actors", list);
        JsonObject behavior = new JsonObject();
        behavior.addProperty("temperature", 0.08);
        behavior.addProperty("signCost", 0.15);
        behavior.addProperty("conformity", 0.3);
        behavior.addProperty("groupTieWeight", 1.0);
        top.add("behavior", behavior);
        JsonObject stage = new JsonObject();
        stage.addProperty("id", "call");
        JsonObject rule = new JsonObject();
        rule.addProperty("type", "open-declaration");
        stage.add("rule", rule);
        JsonObject text = new JsonObject();
        text.addProperty("a", 0.7);
        text.addProperty("b", 0.6);
        stage.add("text", text);
        stage.addProperty("rounds", rounds);
        JsonArray success = new JsonArray();
        JsonObject cond = new JsonObject();
        cond.addProperty("select", "all");
        cond.addProperty("minFraction", 0.5);
        success.add(cond);
        stage.add("success", success);
        JsonArray stages = new JsonArray();
        stages.add(stage);
        top.add("stages", stages);
        return top;
    }
}
