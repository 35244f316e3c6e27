package org.negsim.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioException;

/** The likelihood against hand computation and brute force, the record's checks, and a roll call fitted back. */
class FitTest {

    /** A (founder), B and C in one group; one issue, q = 0.2, x = 0.8; B at 0.6 (G = 0.2), C at 0.3 (G = −0.4). */
    private static JsonObject tiny(double groupTie, boolean withdrawal) {
        return JsonParser.parseString("{\"name\":\"tiny\",\"issues\":[{\"id\":\"x\",\"statusQuo\":0.2}],\"actors\":["
                + "{\"id\":\"A\",\"kind\":\"state\",\"groups\":[\"g\"],\"position\":{\"x\":0.9},\"salience\":{\"x\":1}},"
                + "{\"id\":\"B\",\"kind\":\"state\",\"groups\":[\"g\"],\"position\":{\"x\":0.6},\"salience\":{\"x\":1}},"
                + "{\"id\":\"C\",\"kind\":\"state\",\"groups\":[\"g\"],\"position\":{\"x\":0.3},\"salience\":{\"x\":1}}],"
                + "\"behavior\":{\"temperature\":0.1,\"signCost\":0.1,\"conformity\":0.5,\"groupTieWeight\":" + groupTie + "},"
                + "\"stages\":[{\"id\":\"s\",\"rule\":{\"type\":\"open-declaration\"},\"founders\":[\"A\"],"
                + "\"allowWithdrawal\":" + withdrawal + ",\"text\":{\"x\":0.8},\"rounds\":2,"
                + "\"success\":[{\"select\":\"all\",\"minCount\":3}]}]}").getAsJsonObject();
    }

    private static double logSigma(double x) {
        return Math.log(1.0 / (1.0 + Math.exp(-x)));
    }

    private static Likelihood likelihood(JsonObject tree, String csv, String free) throws Exception {
        Scenario s = Synthetic.bind(tree);
        Record r = Synthetic.record(csv, s);
        boolean[] all = new boolean[s.actors().size()];
        java.util.Arrays.fill(all, true);
        return new Likelihood(ParameterSpace.of(tree, List.of(free)), r, all, 4000, 3);
    }

    @Test
    void handComputedLikelihoodOfATinyDeclaration() throws Exception {
        String csv = "stage,actor,decision,round\ns,A,joined,0\ns,B,joined,2\ns,C,none,\n";
        // P_B = 1/2 in rounds 1 and 2; P_C = 1/2 in round 1, 1 in round 2 (B joined in round 2? no: at the end of 1 only A)
        // z_B = 0.2 + 0.25 − 0.1 = 0.35 both rounds; z_C1 = −0.4 + 0.25 − 0.1 = −0.25; z_C2 = −0.4 + 0.25 − 0.1 = −0.25
        double expected = logSigma(-3.5) + logSigma(3.5) + logSigma(2.5) + logSigma(2.5);
        Likelihood l = likelihood(tiny(1.0, false), csv, "behavior.signCost=0..1");
        assertTrue(l.exact());
        assertEquals(expected, l.at(new double[] {0.1}), 1e-12);
        // without ties P = 0: z_B = 0.1, z_C = −0.5
        double noTies = logSigma(-1.0) + logSigma(1.0) + 2 * logSigma(5.0);
        assertEquals(noTies, likelihood(tiny(0.0, false), csv, "behavior.signCost=0..1").at(new double[] {0.1}), 1e-12);
    }

    @Test
    void supportSeenInARoundIsTheRecordedOneOfThePreviousRound() throws Exception {
        // B joins in round 1, so C sees P = (A + B)/2 = 1 in round 2: z_C2 = −0.4 + 0.5 − 0.1 = 0
        String csv = "stage,actor,decision,round\ns,A,joined,0\ns,B,joined,1\ns,C,none,\n";
        double expected = logSigma(3.5) + logSigma(2.5) + logSigma(0.0);
        assertEquals(expected, likelihood(tiny(1.0, false), csv, "behavior.signCost=0..1").at(new double[] {0.1}), 1e-12);
    }

    @Test
    void anIntervalOfAnActorWhoInfluencesNobodyIsExactAndSumsOverItsRounds() throws Exception {
        // without ties nobody influences anybody: B's interval 1..2 is P(join 1) + P(stay 1) P(join 2)
        String csv = "stage,actor,decision,round\ns,A,joined,0\ns,B,joined,1..2\ns,C,none,\n";
        Likelihood l = likelihood(tiny(0.0, false), csv, "behavior.signCost=0..1");
        assertTrue(l.exact());
        double pj = 1.0 / (1.0 + Math.exp(-1.0));
        double expected = Math.log(pj + (1 - pj) * pj) + 2 * logSigma(5.0);
        assertEquals(expected, l.at(new double[] {0.1}), 1e-12);
    }

    @Test
    void anIntervalThatInfluencesOthersIsSimulatedAndAgreesWithTheBruteForceSum() throws Exception {
        String csv = "stage,actor,decision,round\ns,A,joined,0\ns,B,joined,1..2\ns,C,none,\n";
        Likelihood l = likelihood(tiny(1.0, false), csv, "behavior.signCost=0..1");
        assertFalse(l.exact());
        assertTrue(l.whySimulated().contains("B"), l.whySimulated());
        // brute force: the exact likelihoods of the two histories the interval allows, summed
        double join1 = likelihood(tiny(1.0, false), "stage,actor,decision,round\ns,A,joined,0\ns,B,joined,1\ns,C,none,\n",
                "behavior.signCost=0..1").at(new double[] {0.1});
        double join2 = likelihood(tiny(1.0, false), "stage,actor,decision,round\ns,A,joined,0\ns,B,joined,2\ns,C,none,\n",
                "behavior.signCost=0..1").at(new double[] {0.1});
        double exact = Math.log(Math.exp(join1) + Math.exp(join2));
        assertEquals(exact, l.at(new double[] {0.1}), 0.02);
        // B joins in round 1 with p1 = σ(0.35/0.1) in a share p1 of the replays, which weigh e1/p1 (B's
        // own draw is not in the weight); the others are made to join in round 2 and weigh e2/(1 − p1):
        // the effective replays are N (e1 + e2)² / (e1²/p1 + e2²/(1 − p1))
        double p1 = 1.0 / (1.0 + Math.exp(-3.5));
        double e1 = Math.exp(join1);
        double e2 = Math.exp(join2);
        double expectedEss = 4000 * (e1 + e2) * (e1 + e2) / (e1 * e1 / p1 + e2 * e2 / (1 - p1));
        assertEquals(expectedEss, l.effectiveReplays(new double[] {0.1}), 0.05 * expectedEss);
        assertEquals(1.0, likelihood(tiny(1.0, false), "stage,actor,decision,round\ns,A,joined,0\ns,B,joined,1\ns,C,none,\n",
                "behavior.signCost=0..1").effectiveReplays(new double[] {0.1}), 0.0, "an exact likelihood is one replay");
    }

    @Test
    void anAbsentMemberWithoutARowLeavesARollCallExact() throws Exception {
        // two roll calls; C is absent from the first (abstains with probability 1), so its missing row hides nothing
        String actors = "{\"id\":\"A\",\"kind\":\"state\",\"position\":{\"x\":0.9},\"salience\":{\"x\":1}},"
                + "{\"id\":\"B\",\"kind\":\"state\",\"position\":{\"x\":0.6},\"salience\":{\"x\":1}},"
                + "{\"id\":\"C\",\"kind\":\"state\",\"position\":{\"x\":0.3},\"salience\":{\"x\":1}}";
        String vote = "\"rule\":{\"type\":\"majority\"},\"text\":{\"x\":0.8},\"rounds\":1";
        JsonObject tree = JsonParser.parseString("{\"name\":\"calls\",\"issues\":[{\"id\":\"x\",\"statusQuo\":0.2}],"
                + "\"actors\":[" + actors + "],\"behavior\":{\"temperature\":0.1,\"abstainBand\":0.05},\"stages\":["
                + "{\"id\":\"v1\",\"absent\":[\"C\"]," + vote + "},{\"id\":\"v2\"," + vote + "}]}").getAsJsonObject();
        String both = "stage,actor,decision,round\nv2,A,yes,1\nv2,B,yes,1\nv2,C,no,1\n";
        Likelihood exact = likelihood(tree, both + "v1,A,yes,1\nv1,B,yes,1\n", "behavior.signCost=0..1");
        assertTrue(exact.exact(), exact.whySimulated());
        // B's missing vote in the first call is open, and the second call runs only if the first is decided
        Likelihood open = likelihood(tree, both + "v1,A,yes,1\n", "behavior.signCost=0..1");
        assertFalse(open.exact());
        assertTrue(open.whySimulated().contains("depends on the outcome of v1"), open.whySimulated());
    }

    @Test
    void recordErrorsNameTheLine() throws Exception {
        Scenario s = Synthetic.bind(tiny(1.0, false));
        String[][] cases = {
            {"stage,actor,decision,round\ns,A,joined,0\nt,B,none,\n", "record.csv:3: unknown stage \"t\"; stages: s"},
            {"stage,actor,decision,round\ns,X,none,\n", "record.csv:2: unknown actor \"X\""},
            {"stage,actor,decision,round\ns,B,yes,1\n", "record.csv:2: decision \"yes\" is impossible in open declaration s"},
            {"stage,actor,decision,round\ns,B,joined,3\n", "record.csv:2: round 3 is out of range 0..2"},
            {"stage,actor,decision,round\ns,B,joined,0\n", "record.csv:2: round 0 is for founders"},
            {"stage,actor,decision,round\ns,A,none,\n", "record.csv:2: A is a founder of s"},
            {"stage,actor,decision,round\ns,B,joined,2..1\n", "record.csv:2: interval 2..1 is empty"},
            {"stage,actor,decision,round\ns,B,none,\ns,B,joined,1\n", "record.csv:3: second row for B in s (first at line 2)"},
            {"stage,actor,choice,round\n", "record.csv:1: the header must be stage,actor,decision,round"},
            {"stage,actor,decision,round\n", "record.csv: the record has no rows"},
        };
        for (String[] c : cases) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> Synthetic.record(c[0], s), c[0]);
            assertTrue(e.getMessage().startsWith(c[1]), e.getMessage());
        }
    }

    @Test
    void freeParametersAreChecked() throws Exception {
        JsonObject tree = Synthetic.tree(20, 2, 3, "open-declaration", 0.1, 0.2, 0.05, 0.0, 1);
        String[][] cases = {
            {"behavior.temperature=-1..1", "--free behavior.temperature: the range -1..1 leaves the field's domain at -1.0"},
            {"behavior.temprature=0..1", "behavior.temprature: unknown key"},
            {"behavior.temperature=1..0", "--free behavior.temperature: the range must have min < max"},
            {"experiment.seed=0..4", "--free experiment.seed: changes nothing of the model"},
            {"stages[s].rounds=1..4", "--free stages[s].rounds: the range 1..4 leaves the field's domain at 2.5"},
        };
        for (String[] c : cases) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> ParameterSpace.of(tree, List.of(c[0])), c[0]);
            assertTrue(e.getMessage().startsWith(c[1]), e.getMessage());
        }
        ScenarioException overlap = assertThrows(ScenarioException.class, () -> ParameterSpace.of(tree,
                List.of("actors[kind=firm].signCost=0..1", "actors[A3].signCost=0..1")));
        assertTrue(overlap.getMessage().startsWith("--free actors[A3].signCost: addresses a value that --free "
                + "actors[kind=firm].signCost addresses too"), overlap.getMessage());
        // disjoint selectors are fine
        assertEquals(2, ParameterSpace.of(tree, List.of("actors[kind=firm].signCost=0..1",
                "actors[kind=state].signCost=0..1")).size());
    }

    @Test
    void aRollCallIsFittedBack() throws Exception {
        double cost = 0.1;
        double tau = 0.06;
        JsonObject tree = Synthetic.tree(300, 3, 1, "majority", cost, 0.0, tau, 0.05, 42);
        Scenario s = Synthetic.bind(tree);
        Record r = Synthetic.record(Synthetic.simulate(s, 9), s);
        Fit.Result fit = Fit.run(tree, s, r, List.of("behavior.signCost=-0.5..1", "behavior.temperature=0.005..0.5"),
                new Fit.Options(null, 0.3, 4, 2, 100));
        assertTrue(fit.exact());
        Estimator.Estimate c = fit.estimate().estimates().get(0);
        Estimator.Estimate t = fit.estimate().estimates().get(1);
        assertTrue(c.low() <= cost && cost <= c.high(), c.toString());
        assertTrue(t.low() <= tau && tau <= t.high(), t.toString());
        assertEquals("wald", c.interval());
        // the model beats the no-information baseline on the held-out actors
        assertTrue(fit.heldOut().brier() < fit.heldOut().baselineBrier(), fit.heldOut().toString());
        assertTrue(fit.heldOut().decisions() > 50);
    }

    @Test
    void anEstimateAtABoundIsReportedWithAProfileInterval() throws Exception {
        JsonObject tree = Synthetic.tree(200, 3, 6, "open-declaration", 0.15, 0.3, 0.08, 0.0, 5);
        Scenario s = Synthetic.bind(tree);
        Record r = Synthetic.record(Synthetic.simulate(s, 11), s);
        // the true cost 0.15 lies above the range: the estimate sits at the upper bound
        Fit.Result fit = Fit.run(tree, s, r, List.of("behavior.signCost=-0.5..0.0"), new Fit.Options(null, null, 1, 1, 1));
        Estimator.Estimate e = fit.estimate().estimates().get(0);
        assertEquals("upper", e.bound());
        assertEquals(0.0, e.value(), 1e-9);
        assertTrue(e.interval().startsWith("profile"));
        assertEquals(0.0, e.high(), 1e-9);
        assertTrue(e.low() < 0.0 && e.low() > -0.5, e.toString());
    }

    @Test
    void theScenarioPreparedOnceGivesTheLikelihoodOfRebindingItAtEveryPoint() throws Exception {
        JsonObject tree = Synthetic.tree(60, 4, 6, "open-declaration", 0.15, 0.3, 0.08, 0.0, 11);
        Scenario s = Synthetic.bind(tree);
        Record r = Synthetic.record(Synthetic.simulate(s, 12), s);
        boolean[] all = new boolean[s.actors().size()];
        java.util.Arrays.fill(all, true);
        List<String> free = List.of("behavior.conformity=-1..2", "actors[kind=firm].signCost=-0.5..1",
                "behavior.temperature=0.005..0.5");
        Likelihood fast = new Likelihood(ParameterSpace.of(tree, free), r, all, 50, 3, true);
        Likelihood slow = new Likelihood(ParameterSpace.of(tree, free), r, all, 50, 3, false);
        assertTrue(fast.preparedOnce());
        assertFalse(slow.preparedOnce());
        for (double[] x : new double[][] {{0.3, 0.15, 0.08}, {-0.2, 0.6, 0.3}, {1.5, -0.4, 0.01}}) {
            assertEquals(slow.at(x), fast.at(x), 0.0);
        }
        // a simulated likelihood too (B's interval influences C), and a path the probe must refuse
        String csv = "stage,actor,decision,round\ns,A,joined,0\ns,B,joined,1..2\ns,C,none,\n";
        Scenario t = Synthetic.bind(tiny(1.0, false));
        Record rt = Synthetic.record(csv, t);
        boolean[] three = {true, true, true};
        Likelihood sim = new Likelihood(ParameterSpace.of(tiny(1.0, false), List.of("actors[B].signCost=0..1",
                "behavior.conformity=0..1")), rt, three, 300, 5, true);
        Likelihood simSlow = new Likelihood(ParameterSpace.of(tiny(1.0, false), List.of("actors[B].signCost=0..1",
                "behavior.conformity=0..1")), rt, three, 300, 5, false);
        assertTrue(sim.preparedOnce());
        assertEquals(simSlow.at(new double[] {0.2, 0.4}), sim.at(new double[] {0.2, 0.4}), 0.0);
        Likelihood position = new Likelihood(ParameterSpace.of(tiny(1.0, false), List.of("actors[B].position.x=0..1")),
                rt, three, 10, 5, true);
        assertFalse(position.preparedOnce());
    }
}
