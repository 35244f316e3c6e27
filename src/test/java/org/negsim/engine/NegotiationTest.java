package org.negsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.negsim.engine.ScenarioFixture.Trace;
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
import org.negsim.rules.Majority;
import org.negsim.rules.OpenDeclaration;

/**
 * Pins {@link Negotiation#run} on a mid-sized noisy scenario: 1 500 actors, 5 issues, overlapping
 * groups, explicit and home ties, flexibility, logistic noise, availability lags, a declaration
 * without withdrawal, one with withdrawal and a vote with amendments. The expectations were recorded
 * from the engine before its hot loop was optimised (commit "Pin a mid-sized noisy run"); an
 * optimisation must reproduce them bit for bit — the same draws in the same order and the same
 * floating-point operations in the same order.
 */
class NegotiationTest {

    private static final int ACTORS = 1500;
    private static final int ISSUES = 5;
    private static final long SEED = 0x5EED_2018_0005L;

    /** Every number of the scenario drawn from a seeded generator (not the run's). */
    static Scenario midSizedNoisy() {
        MersenneTwisterFast r = new MersenneTwisterFast(20181112L);
        List<Issue> issues = new ArrayList<>();
        for (int d = 0; d < ISSUES; d++) {
            issues.add(new Issue("i" + d, "issue " + d, 0.2 + 0.1 * r.nextDouble()));
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < ACTORS; i++) {
            boolean firm = i % 4 == 3;
            double[] p = new double[ISSUES];
            double[] s = new double[ISSUES];
            double sum = 0.0;
            for (int d = 0; d < ISSUES; d++) {
                p[d] = r.nextDouble();
                s[d] = 0.05 + r.nextDouble();
                sum += s[d];
            }
            for (int d = 0; d < ISSUES; d++) {
                s[d] /= sum;
            }
            List<String> groups = i % 7 == 0 ? List.of("g" + i / 11, "bloc" + i % 3) : List.of("g" + i / 11);
            String home = firm ? "a" + (i - 3) : null;
            actors.add(new Actor("a" + i, "actor " + i, firm ? "firm" : "state", groups, home, p, s,
                    0.5 + r.nextDouble(), Map.of("emissions", r.nextDouble()), 0.4 * r.nextDouble() - 0.1,
                    0.6 * r.nextDouble(), 0.3 * r.nextDouble(), 0.05, 1 + r.nextInt(4)));
        }
        List<Tie> ties = new ArrayList<>();
        for (int k = 0; k < ACTORS; k++) {
            int from = r.nextInt(ACTORS);
            int to = r.nextInt(ACTORS);
            if (from != to) {
                ties.add(new Tie("a" + from, "a" + to, 0.1 + r.nextDouble()));
            }
        }
        Behavior behavior = new Behavior(Distance.LINEAR, 0.05, 0.02, 1.0, 0.15, 0.4, 0.3, 0.1, 0.2);
        Selector states = new Selector(Set.of("state"), null, null);
        double[] text = {0.8, 0.7, 0.75, 0.6, 0.85};
        List<Stage> stages = List.of(
                new Stage("call", null, new OpenDeclaration(), Selector.ALL,
                        new TextSpec(TextSpec.Mode.OBJECT, text, null), 40, 0.0, List.of("a0", "a11"),
                        List.of(new SuccessCondition(states, SuccessCondition.Measure.MIN_FRACTION, 0.6, null),
                                new SuccessCondition(Selector.ALL, SuccessCondition.Measure.MIN_SHARE, 0.55,
                                        "emissions")),
                        2, false, When.ALWAYS),
                new Stage("recall", null, new OpenDeclaration(), states,
                        new TextSpec(TextSpec.Mode.INHERIT, null, null), 20, 0.0, List.of(),
                        List.of(new SuccessCondition(states, SuccessCondition.Measure.MIN_COUNT, 900, null)),
                        0, true, When.ALWAYS),
                new Stage("vote", null, new Majority(Majority.Quota.TWO_THIRDS, 0.0, Majority.Base.PRESENT_AND_VOTING),
                        Selector.ALL, new TextSpec(TextSpec.Mode.COMPROMISE, null, null), 15, 0.3, List.of(),
                        List.of(), 0, false, When.ALWAYS));
        return new Scenario("mid-sized-noisy", "", List.of(), issues, actors, ties, behavior, stages, 1L);
    }

    /** FNV-1a over the bits of every number the run reported, in report order. */
    private static long digest(Trace t) {
        long h = 0xcbf29ce484222325L;
        for (RoundRecord r : t.rounds) {
            h = mix(h, r.round());
            h = mix(h, r.joined());
            for (int k : r.joinedByKind()) {
                h = mix(h, k);
            }
            for (double s : r.shareByWeight()) {
                h = mix(h, Double.doubleToLongBits(s));
            }
            h = mix(h, r.yes());
            h = mix(h, r.no());
            h = mix(h, r.abstain());
            for (double x : r.text()) {
                h = mix(h, Double.doubleToLongBits(x));
            }
            h = mix(h, r.success() ? 1 : 0);
        }
        for (int s = 0; s < t.positions.size(); s++) {
            for (int i = 0; i < ACTORS; i++) {
                h = mix(h, t.decisions.get(s).get(i).hashCode());
                h = mix(h, t.decisionRounds.get(s)[i]);
                h = mix(h, Double.doubleToLongBits(t.gains.get(s)[i]));
                for (double p : t.positions.get(s)[i]) {
                    h = mix(h, Double.doubleToLongBits(p));
                }
            }
        }
        return h;
    }

    private static long mix(long h, long v) {
        for (int b = 0; b < 8; b++) {
            h ^= (v >>> (8 * b)) & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static int[] joined(Trace t, String stage) {
        return t.roundsOf(stage).stream().mapToInt(RoundRecord::joined).toArray();
    }

    @Test
    void midSizedNoisyRunIsPinned() {
        Trace t = ScenarioFixture.run(midSizedNoisy(), SEED);
        assertArrayEquals(new int[] {2, 138, 321, 556, 862, 1010, 1100, 1132, 1161, 1176, 1202, 1219, 1230, 1240,
                1253, 1261, 1270, 1278, 1284, 1288, 1291, 1292, 1303, 1305, 1311, 1319, 1322, 1325, 1326, 1331, 1332,
                1334, 1336, 1337, 1340, 1344, 1349, 1350, 1350, 1351, 1352}, joined(t, "call"));
        assertArrayEquals(new int[] {0, 98, 217, 354, 524, 583, 612, 624, 619, 625, 621, 628, 625, 605, 612, 619,
                614, 621, 625, 620, 621}, joined(t, "recall"), "withdrawal lets the count fall");
        assertArrayEquals(new int[] {0, 157, 348, 634, 991}, joined(t, "vote"), "yes votes per round");
        assertEquals(List.of(true, false, true), t.outcomes.stream().map(StageOutcome::success).toList());
        assertArrayEquals(new int[] {5, -1, 4}, t.outcomes.stream().mapToInt(StageOutcome::successRound).toArray());
        assertArrayEquals(new int[] {40, 20, 4}, t.outcomes.stream().mapToInt(StageOutcome::rounds).toArray());
        assertEquals(0x94054389dcfa7169L, digest(t), "every reported number, bit for bit");
    }
}
