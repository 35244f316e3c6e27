package org.negsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.engine.ScenarioFixture.Trace;
import org.negsim.model.Behavior;
import org.negsim.model.Distance;
import org.negsim.model.Scenario;
import org.negsim.model.Tie;

/** Friedkin–Johnsen and peer support against direct computations. */
class InfluenceNetworkTest {

    private static final double TOLERANCE = 1e-12;

    /** Three actors, two issues, ties A→B (2), C→B (1), B→A (1); C has no incoming tie. */
    private static ScenarioFixture triangle(int rounds) {
        ScenarioFixture f = new ScenarioFixture().issue("x", 0.0).issue("y", 0.0)
                .actor("A", 0.9, 0.1).with(a -> ScenarioFixture.flexibility(a, 0.5))
                .actor("B", 0.2, 0.8).with(a -> ScenarioFixture.flexibility(a, 0.8))
                .actor("C", 0.0, 0.4).with(a -> ScenarioFixture.flexibility(a, 1.0));
        f.tie("A", "B", 2).tie("C", "B", 1).tie("B", "A", 1);
        f.declaration("call", rounds, List.of(), new double[] {0.5, 0.5}, ScenarioFixture.minCount(9));
        return f;
    }

    /** p(t+1) = (1 − λ) p(0) + λ (w_self p(t) + W^T p(t)) / (w_self + Σ_j w_ji), as dense matrices. */
    private static double[][] directFriedkinJohnsen(double[][] p0, double[][] w, double[] lambda, double self,
                                                     int steps) {
        int n = p0.length;
        int k = p0[0].length;
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = p0[i].clone();
        }
        for (int t = 0; t < steps; t++) {
            double[][] next = new double[n][k];
            for (int i = 0; i < n; i++) {
                double in = 0;
                for (int j = 0; j < n; j++) {
                    in += w[j][i];
                }
                for (int d = 0; d < k; d++) {
                    if (in == 0) {
                        next[i][d] = p[i][d];
                        continue;
                    }
                    double s = self * p[i][d];
                    for (int j = 0; j < n; j++) {
                        s += w[j][i] * p[j][d];
                    }
                    next[i][d] = (1 - lambda[i]) * p0[i][d] + lambda[i] * s / (self + in);
                }
            }
            p = next;
        }
        return p;
    }

    @Test
    void friedkinJohnsenMatchesDirectComputation() {
        double[][] p0 = {{0.9, 0.1}, {0.2, 0.8}, {0.0, 0.4}};
        double[][] w = new double[3][3];
        w[0][1] = 2;
        w[2][1] = 1;
        w[1][0] = 1;
        double[] lambda = {0.5, 0.8, 1.0};
        for (int rounds = 1; rounds <= 6; rounds++) {
            Trace t = ScenarioFixture.run(triangle(rounds).build(), 1);
            // the run's first round has no update: a stage of r rounds applies r − 1 updates
            double[][] expected = directFriedkinJohnsen(p0, w, lambda, 1.0, rounds - 1);
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(expected[i], t.positions.get(0)[i], TOLERANCE, "actor " + i + ", rounds " + rounds);
            }
        }
    }

    @Test
    void firstRoundOfTheRunDoesNotUpdate() {
        Trace t = ScenarioFixture.run(triangle(1).build(), 1);
        assertArrayEquals(new double[] {0.9, 0.1}, t.positions.get(0)[0]);
        assertArrayEquals(new double[] {0.2, 0.8}, t.positions.get(0)[1]);
    }

    /** The same population, once with group ties and once with the explicit ties they stand for. */
    private static Scenario groups(boolean implicit) {
        double g = 0.3;
        Behavior behavior = new Behavior(Distance.LINEAR, 0.15, 0.0, 1.5, implicit ? g : 0.0, 0.0, 0.4, 0.05, 0.6);
        ScenarioFixture f = new ScenarioFixture().behavior(behavior).issue("x", 0.2).issue("y", 0.7);
        String[][] groupsOf = {{"G1"}, {"G1", "G2"}, {"G1", "G2"}, {"G2"}, {"G3"}, {}};
        for (int i = 0; i < groupsOf.length; i++) {
            f.actor("a" + i, "state", List.of(groupsOf[i]), 0.1 + 0.15 * i, 0.9 - 0.12 * i);
        }
        if (!implicit) {
            for (int i = 0; i < groupsOf.length; i++) {
                for (int j = 0; j < groupsOf.length; j++) {
                    if (i == j) {
                        continue;
                    }
                    for (String gi : groupsOf[i]) {
                        if (List.of(groupsOf[j]).contains(gi)) {
                            f.tie("a" + i, "a" + j, g); // one tie per shared group: a1 and a2 share two
                        }
                    }
                }
            }
        }
        f.declaration("call", 8, List.of("a0"), new double[] {0.6, 0.5}, ScenarioFixture.minCount(6));
        return f.build();
    }

    /**
     * Actors in one group and without explicit ties take the engine's fast path: its result must be
     * the general loop's to the last bit, so it is recomputed here in the general loop's order.
     */
    @Test
    void oneGroupActorsGetTheGeneralLoopsNumbersExactly() {
        double g = 0.3;
        double self = 1.5;
        double flex = 0.6;
        Behavior behavior = new Behavior(Distance.LINEAR, 0.15, 0.0, self, g, 0.0, 0.4, 0.05, flex);
        ScenarioFixture f = new ScenarioFixture().behavior(behavior).issue("x", 0.2).issue("y", 0.7);
        double[][] p0 = {{0.1, 0.9}, {0.35, 0.61}, {0.8, 0.2}};
        for (int i = 0; i < 3; i++) {
            f.actor("a" + i, "state", List.of("G"), p0[i][0], p0[i][1]);
        }
        int rounds = 5;
        f.declaration("call", rounds, List.of("a0"), new double[] {0.6, 0.5}, ScenarioFixture.minCount(9));
        Trace t = ScenarioFixture.run(f.build(), 3);
        double in = g * 2;
        double[][] p = {p0[0].clone(), p0[1].clone(), p0[2].clone()};
        for (int step = 0; step < rounds - 1; step++) {
            double[][] next = new double[3][2];
            for (int d = 0; d < 2; d++) {
                double sum = 0.0;
                for (int j = 0; j < 3; j++) {
                    sum += p[j][d];
                }
                for (int i = 0; i < 3; i++) {
                    double neighbours = 0.0;
                    neighbours += g * (sum - p[i][d]);
                    double social = (self * p[i][d] + neighbours) / (self + in);
                    next[i][d] = (1.0 - flex) * p0[i][d] + flex * social;
                }
            }
            p = next;
        }
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(p[i], t.positions.get(0)[i], 0.0, "actor " + i);
        }
    }

    @Test
    void implicitGroupTiesEqualExplicitPairTies() {
        for (long seed = 1; seed <= 10; seed++) {
            Trace implicit = ScenarioFixture.run(groups(true), seed);
            Trace explicit = ScenarioFixture.run(groups(false), seed);
            assertArrayEquals(explicit.decisionRounds.get(0), implicit.decisionRounds.get(0), "seed " + seed);
            for (int i = 0; i < 6; i++) {
                assertArrayEquals(explicit.positions.get(0)[i], implicit.positions.get(0)[i], TOLERANCE);
            }
        }
    }

    @Test
    void peerSupportCountsGroupAndHomeTies() {
        // F (firm, home S) and T share group G with S. groupTieWeight 1, homeTieWeight 2.
        ScenarioFixture f = new ScenarioFixture().behavior(ScenarioFixture.behavior(Distance.LINEAR, 1.0, 2.0, 0))
                .issue("x", 0.5)
                .actor("S", "state", List.of("G"), 0.5)
                .actor("F", "firm", List.of("G"), 0.5).with(a -> ScenarioFixture.home(a, "S"))
                .actor("T", "state", List.of("G"), 0.5);
        InfluenceNetwork net = new InfluenceNetwork(f.build());
        boolean[] support = {false, true, false};
        net.prepareSupport(support);
        double[] peer = {net.peer(0, support), net.peer(1, support), net.peer(2, support)};
        // S: in-ties F (group 1 + home 2), T (group 1): P = 3 / 4
        assertEquals(0.75, peer[0], TOLERANCE);
        // F: in-ties S (1), T (1), neither supports
        assertEquals(0.0, peer[1], TOLERANCE);
        // T: in-ties S (1), F (1): P = 1/2
        assertEquals(0.5, peer[2], TOLERANCE);
    }

    /**
     * Group support counted once and then updated with the actors whose support changed must give
     * every actor the peer support a full count gives, to the last bit, through joins, withdrawals
     * and a new stage's support array.
     */
    @Test
    void updatedGroupCountsGiveTheFullCountsPeerSupport() {
        InfluenceNetwork template = new InfluenceNetwork(groups(true));
        InfluenceNetwork updated = new InfluenceNetwork(template);
        ec.util.MersenneTwisterFast random = new ec.util.MersenneTwisterFast(4);
        int n = 6;
        for (int stage = 0; stage < 3; stage++) {
            boolean[] support = new boolean[n];
            for (int round = 0; round < 40; round++) {
                for (int i = 0; i < n; i++) {
                    if (random.nextDouble() < 0.3) {
                        support[i] = !support[i];
                    }
                }
                updated.prepareSupport(support);
                InfluenceNetwork fresh = new InfluenceNetwork(template);
                fresh.prepareSupport(support);
                for (int i = 0; i < n; i++) {
                    assertEquals(Double.doubleToRawLongBits(fresh.peer(i, support)),
                            Double.doubleToRawLongBits(updated.peer(i, support)),
                            "stage " + stage + ", round " + round + ", actor " + i);
                }
            }
        }
    }

    /**
     * The explicit ties summed with the ties outer and the issues in blocks (InfluenceNetwork.sumTies)
     * give the textbook loop's numbers to the last bit — issues outer, ties inner in scenario order,
     * then the groups — for every block width (1 to 12 issues: one, two and three blocks), with
     * actors in no, one and two groups, without ties, and with repeated and self-looping sources.
     */
    @Test
    void blockedTieSumsGiveTheTextbookLoopsNumbersExactly() {
        for (int issues = 1; issues <= 12; issues++) {
            MersenneTwisterFast random = new MersenneTwisterFast(issues);
            double g = 0.07;
            double self = 1.3;
            Behavior behavior = new Behavior(Distance.LINEAR, 0.0, 0.0, self, g, 0.0, 0.0, 0.0, 0.0);
            ScenarioFixture f = new ScenarioFixture().behavior(behavior);
            for (int d = 0; d < issues; d++) {
                f.issue("i" + d, 0.5);
            }
            int n = 40;
            for (int i = 0; i < n; i++) {
                double[] p0 = new double[issues];
                for (int d = 0; d < issues; d++) {
                    p0[d] = random.nextDouble();
                }
                List<String> groups = i % 4 == 0 ? List.of() : i % 4 == 1 ? List.of("G" + i % 3)
                        : List.of("G" + i % 3, "H" + i % 2);
                f.actor("a" + i, "state", groups, p0);
            }
            for (int t = 0; t < 5 * n; t++) {
                int to = random.nextInt(n);
                if (to % 7 != 3) { // actors 3, 10, 17, ... have no explicit tie
                    f.tie("a" + random.nextInt(n), "a" + to, 1.0 - random.nextDouble());
                }
            }
            f.declaration("call", 3, List.of(), new double[issues], ScenarioFixture.minCount(99));
            Scenario scenario = f.build();
            InfluenceNetwork network = new InfluenceNetwork(scenario);
            double[] initial = new double[n * issues];
            double[] flexibility = new double[n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(scenario.actors().get(i).position(), 0, initial, i * issues, issues);
                flexibility[i] = 0.1 + 0.8 * random.nextDouble();
            }
            double[] engine = initial.clone();
            double[] textbook = initial.clone();
            for (int step = 0; step < 3; step++) {
                engine = network.updatePositions(engine, initial, flexibility, self, issues).clone();
                textbook = textbookStep(scenario, textbook, initial, flexibility, self, g, issues);
                for (int x = 0; x < n * issues; x++) {
                    assertEquals(Double.doubleToRawLongBits(textbook[x]), Double.doubleToRawLongBits(engine[x]),
                            issues + " issues, step " + step + ", actor " + x / issues + ", issue " + x % issues);
                }
            }
        }
    }

    /** One Friedkin–Johnsen step as the plain loops: per actor and issue, ties in scenario order, then groups. */
    private static double[] textbookStep(Scenario scenario, double[] p, double[] initial, double[] flexibility,
                                         double self, double g, int issues) {
        int n = scenario.actors().size();
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            groups.add(scenario.actors().get(i).groups());
        }
        double[] next = new double[p.length];
        for (int i = 0; i < n; i++) {
            String id = "a" + i;
            double in = 0.0;
            for (Tie t : scenario.ties()) {
                if (t.to().equals(id)) {
                    in += t.weight();
                }
            }
            for (String group : groups.get(i)) {
                in += g * (groups.stream().filter(gs -> gs.contains(group)).count() - 1);
            }
            for (int d = 0; d < issues; d++) {
                double own = p[i * issues + d];
                if (in <= 0.0) {
                    next[i * issues + d] = own;
                    continue;
                }
                double neighbours = 0.0;
                for (Tie t : scenario.ties()) {
                    if (t.to().equals(id)) {
                        neighbours += t.weight() * p[Integer.parseInt(t.from().substring(1)) * issues + d];
                    }
                }
                for (String group : groups.get(i)) {
                    double sum = 0.0;
                    for (int j = 0; j < n; j++) {
                        if (groups.get(j).contains(group)) {
                            sum += p[j * issues + d];
                        }
                    }
                    neighbours += g * (sum - own);
                }
                double social = (self * own + neighbours) / (self + in);
                next[i * issues + d] = (1.0 - flexibility[i]) * initial[i * issues + d] + flexibility[i] * social;
            }
        }
        return next;
    }
}
