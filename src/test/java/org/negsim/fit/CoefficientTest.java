package org.negsim.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioException;

/**
 * Covariate coefficients ({@code actors[SEL].F*COVARIATE}): the values they set, their checks, the
 * prepared likelihood against rebinding, and the truth recovered from records simulated with a
 * sign cost linear in capability. {@code -Dnegsim.coefficient.records=N} runs N records,
 * {@code -Dnegsim.coefficient.b1=B} sets the true slope (default 0.25).
 */
class CoefficientTest {

    static final double B0 = 0.05;
    static final double B1 = Double.parseDouble(System.getProperty("negsim.coefficient.b1", "0.25"));
    static final double CONFORMITY = 0.3;
    static final double TEMPERATURE = 0.08;
    static final List<String> FREE = List.of("actors[kind=state].signCost=-0.5..1",
            "actors[kind=state].signCost*capability=-1..1", "behavior.temperature=0.005..0.5");

    /** The synthetic tree with capabilities spread uniformly on [0, 2] and states' costs B0 + B1 · capability. */
    static JsonObject tree(int actors, long layoutSeed) {
        JsonObject tree = Synthetic.tree(actors, 6, 12, "open-declaration", 0.15, CONFORMITY, TEMPERATURE, 0.0, layoutSeed);
        MersenneTwisterFast r = new MersenneTwisterFast(layoutSeed + 77);
        for (var e : tree.getAsJsonArray("actors")) {
            JsonObject a = e.getAsJsonObject();
            double cap = 2 * r.nextDouble();
            a.addProperty("capability", cap);
            if (a.get("kind").getAsString().equals("state")) {
                a.addProperty("signCost", B0 + B1 * cap);
            }
        }
        return tree;
    }

    @Test
    void theCoefficientAddsItsTermAfterTheInterceptAndFittedJsonCarriesThePerActorValues() throws Exception {
        JsonObject tree = tree(30, 3);
        ParameterSpace space = ParameterSpace.of(tree, FREE);
        assertEquals(0.0, space.start()[1], 0.0, "a coefficient starts at 0");
        JsonObject fitted = space.treeAt(tree, new double[] {0.1, -0.4, 0.07});
        JsonArray was = tree.getAsJsonArray("actors");
        JsonArray now = fitted.getAsJsonArray("actors");
        for (int i = 0; i < was.size(); i++) {
            JsonObject a = was.get(i).getAsJsonObject();
            double cap = a.get("capability").getAsDouble();
            if (a.get("kind").getAsString().equals("state")) {
                assertEquals(0.1 - 0.4 * cap, now.get(i).getAsJsonObject().get("signCost").getAsDouble(), 1e-12);
            } else {
                assertFalse(now.get(i).getAsJsonObject().has("signCost"), "firms keep the behaviour's cost");
            }
        }
        // a second point on the same working tree does not accumulate the first one's terms
        Scenario s1 = space.scenarioAt(new double[] {0.1, -0.4, 0.07});
        Scenario s2 = space.scenarioAt(new double[] {0.1, -0.4, 0.07});
        assertEquals(s1.actors().get(1).signCost(), s2.actors().get(1).signCost(), 0.0);
        // without the intercept free, the term adds to each actor's own or inherited cost (A0 is a firm: 0.15)
        JsonObject slopeOnly = ParameterSpace.of(tree, List.of("actors[kind=firm].signCost*position.x=-1..1")).treeAt(tree,
                new double[] {0.5});
        JsonObject a0 = was.get(0).getAsJsonObject();
        assertEquals(0.15 + 0.5 * a0.getAsJsonObject("position").get("x").getAsDouble(),
                slopeOnly.getAsJsonArray("actors").get(0).getAsJsonObject().get("signCost").getAsDouble(), 1e-12);
    }

    @Test
    void coefficientsAreChecked() throws Exception {
        JsonObject tree = tree(20, 1);
        String[][] cases = {
            {"actors[kind=state].signCost*capabilty=-1..1", "--free actors[kind=state].signCost*capabilty: unknown covariate "
                    + "\"capabilty\" (did you mean \"capability\"?); allowed: capability, position.ISSUE, salience.ISSUE, weights.NAME"},
            {"actors[kind=state].signCost*position.z=-1..1", "--free actors[kind=state].signCost*position.z: unknown issue \"z\""},
            {"actors[kind=state].signCost*weights.gdp=-1..1", "--free actors[kind=state].signCost*weights.gdp: no actor has the weight"},
            {"actors[kind=state].name*capability=-1..1", "--free actors[kind=state].name*capability: a coefficient scales an actor value"},
            {"behavior.signCost*capability=-1..1", "--free behavior.signCost*capability: a coefficient scales an actor value"},
            {"actors..signCost*capability=-1..1", "--free actors..signCost*capability: a coefficient scales an actor value"},
            {"*capability=-1..1", "--free *capability: a coefficient scales an actor value"},
            {"actors[kind=sate].signCost*capability=-1..1", "actors[kind=sate]"},
            {"actors[kind=state].temperature*capability=-1..1", "--free actors[kind=state].temperature*capability: the range -1..1"
                    + " leaves the field's domain at -1.0"},
        };
        for (String[] c : cases) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> ParameterSpace.of(tree, List.of(c[0])), c[0]);
            assertTrue(e.getMessage().startsWith(c[1]), e.getMessage());
        }
        ScenarioException covariateFree = assertThrows(ScenarioException.class, () -> ParameterSpace.of(tree,
                List.of("actors[kind=state].signCost*capability=-1..1", "actors[A1].capability=0..2")));
        assertTrue(covariateFree.getMessage().startsWith("--free actors[A1].capability: --free actors[A1].capability changes the"
                + " covariate capability of the coefficient actors[kind=state].signCost*capability"), covariateFree.getMessage());
        ScenarioException twice = assertThrows(ScenarioException.class, () -> ParameterSpace.of(tree,
                List.of("actors[kind=state].signCost*capability=-1..1", "actors[A1].signCost*capability=-1..1")));
        assertTrue(twice.getMessage().contains("free each value once"), twice.getMessage());
        // the intercept, two covariates of one field and a covariate no other path touches are fine
        assertEquals(4, ParameterSpace.of(tree, List.of("actors[kind=state].signCost=0..1",
                "actors[kind=state].signCost*capability=-1..1", "actors[kind=state].signCost*position.x=-1..1",
                "actors[kind=firm].capability=0..2")).size());
    }

    @Test
    void thePreparedLikelihoodOfACoefficientIsTheRebindingOne() throws Exception {
        JsonObject tree = tree(60, 11);
        Scenario s = Synthetic.bind(tree);
        Record r = Synthetic.record(Synthetic.simulate(s, 12), s);
        boolean[] all = new boolean[s.actors().size()];
        java.util.Arrays.fill(all, true);
        List<String> free = List.of("actors[kind=state].signCost*capability=-1..1", "actors[kind=state].signCost=-0.5..1",
                "behavior.signCost=-0.5..1", "actors[group=G1].conformity*salience.x=-1..1", "behavior.temperature=0.005..0.5");
        Likelihood fast = new Likelihood(ParameterSpace.of(tree, free), r, all, 50, 3, true);
        Likelihood slow = new Likelihood(ParameterSpace.of(tree, free), r, all, 50, 3, false);
        assertTrue(fast.preparedOnce());
        for (double[] x : new double[][] {{0.25, 0.05, 0.15, 0.0, 0.08}, {-0.7, 0.4, -0.2, 0.9, 0.3}}) {
            assertEquals(slow.at(x), fast.at(x), 0.0);
        }
    }

    /**
     * The truth recovered: records of 300 actors (200 states) whose sign cost is 0.05 + 0.25 ·
     * capability, capability uniform on [0, 2], fitted back with intercept, slope and temperature
     * free (exact likelihood); the intervals cover about 95 % of the time.
     */
    @Test
    void aCostLinearInACovariateIsRecovered() throws Exception {
        int records = Integer.getInteger("negsim.coefficient.records", 10);
        int actors = Integer.getInteger("negsim.coefficient.actors", 300);
        double[] truth = {B0, B1, TEMPERATURE};
        int[] covered = new int[3];
        double[] bias = new double[3];
        double[] se = new double[3];
        double[] sq = new double[3];
        for (int rec = 0; rec < records; rec++) {
            JsonObject tree = tree(actors, 2000 + rec);
            Scenario scenario = Synthetic.bind(tree);
            Record record = Synthetic.record(Synthetic.simulate(scenario, 6000 + rec), scenario);
            Fit.Result r = Fit.run(tree, scenario, record, FREE, new Fit.Options(null, null, rec, 2, 100));
            assertTrue(r.exact(), "every record fixes the history");
            for (int k = 0; k < 3; k++) {
                Estimator.Estimate e = r.estimate().estimates().get(k);
                covered[k] += e.low() <= truth[k] && truth[k] <= e.high() ? 1 : 0;
                bias[k] += (e.value() - truth[k]) / records;
                se[k] += e.se() / records;
                sq[k] += (e.value() - truth[k]) * (e.value() - truth[k]) / records;
            }
        }
        System.out.printf("coefficient coverage over %d records of %d actors: intercept %d, slope %d, temperature %d;"
                + " bias %.4f %.4f %.4f; mean se %.4f %.4f %.4f; rmse %.4f %.4f %.4f%n", records, actors, covered[0],
                covered[1], covered[2], bias[0], bias[1], bias[2], se[0], se[1], se[2], Math.sqrt(sq[0]),
                Math.sqrt(sq[1]), Math.sqrt(sq[2]));
        int total = covered[0] + covered[1] + covered[2];
        // 30 intervals at a true 95 %: fewer than 24 covered has probability < 1 %
        assertTrue(total >= 0.8 * 3 * records, "coverage " + total + " of " + 3 * records);
        for (int k = 0; k < 3; k++) {
            assertTrue(covered[k] >= 0.7 * records, "parameter " + k + " covered " + covered[k] + " of " + records);
            assertTrue(Math.abs(bias[k]) < 2 * se[k] / Math.sqrt(records) + 0.1 * se[k], "parameter " + k + " bias " + bias[k]);
        }
    }
}
