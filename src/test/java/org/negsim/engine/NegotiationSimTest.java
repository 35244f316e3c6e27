package org.negsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negsim.engine.ScenarioFixture.minCount;
import static org.negsim.engine.ScenarioFixture.text;
import static org.negsim.engine.ScenarioFixture.vote;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.negsim.engine.ScenarioFixture.Trace;
import org.negsim.model.Behavior;
import org.negsim.model.Distance;
import org.negsim.model.Scenario;
import org.negsim.model.Selector;
import org.negsim.model.Stage;
import org.negsim.model.TextSpec;
import org.negsim.model.When;
import org.negsim.rules.Consensus;
import org.negsim.rules.Majority;
import org.negsim.rules.OpenDeclaration;

/** The model of docs/model.md, run end to end on hand-computed cases. */
class NegotiationSimTest {

    private static final double EXACT = 1e-12;

    @Nested
    class OpenDeclarations {

        /** F founds; A gains 0.7 and joins in round 1; B loses; C's gain 0.1 is below its sign cost 0.2;
         *  D is like A but only available from round 3. */
        private Scenario launch(int delay) {
            ScenarioFixture f = new ScenarioFixture().issue("x", 0.1)
                    .actor("F", 0.9).actor("A", 0.9).actor("B", 0.1)
                    .actor("C", 0.5).with(a -> ScenarioFixture.signCost(a, 0.2))
                    .actor("D", 0.9).with(a -> ScenarioFixture.availableFrom(a, 3));
            f.stages.add(new Stage("call", null, new OpenDeclaration(), Selector.ALL, text(0.8), 4, 0.0, List.of("F"),
                    List.of(minCount(3)), delay, false, When.ALWAYS));
            return f.build();
        }

        @Test
        void joinRoundsFollowGainCostAndAvailability() {
            Trace t = ScenarioFixture.run(launch(0), 7);
            assertEquals(List.of("joined", "joined", "none", "none", "joined"), t.decisions.get(0));
            assertArrayEquals(new int[] {0, 1, -1, -1, 3}, t.decisionRounds.get(0));
        }

        @Test
        void signatureCurveIsCompleteFromRoundZero() {
            Trace t = ScenarioFixture.run(launch(0), 7);
            List<RoundRecord> rounds = t.roundsOf("call");
            assertEquals(5, rounds.size(), "rounds 0..4: the stage always runs all rounds");
            assertArrayEquals(new int[] {1, 2, 2, 3, 3}, rounds.stream().mapToInt(RoundRecord::joined).toArray());
            assertArrayEquals(new boolean[] {false, false, false, true, true}, new boolean[] {
                rounds.get(0).success(), rounds.get(1).success(), rounds.get(2).success(), rounds.get(3).success(),
                rounds.get(4).success()});
        }

        @Test
        void successRoundAndEntryIntoForce() {
            StageOutcome o = ScenarioFixture.run(launch(2), 7).outcomes.get(0);
            assertTrue(o.success());
            assertEquals(3, o.successRound());
            assertEquals(5, o.inForceRound());
            assertEquals(4, o.rounds());
            assertEquals(5, o.members());
            assertEquals(3, o.joined());
            assertEquals(StageOutcome.NOT_APPLICABLE, o.yes());
            assertEquals(0.7, o.ambition(), EXACT);
        }

        @Test
        void conditionsAlreadyMetByFoundersSucceedInRoundOne() {
            ScenarioFixture f = new ScenarioFixture().issue("x", 0.1).actor("F", 0.9).actor("G", 0.9);
            f.stages.add(new Stage("call", null, new OpenDeclaration(), Selector.ALL, text(0.8), 2, 0.0,
                    List.of("F", "G"), List.of(minCount(2)), 0, false, When.ALWAYS));
            Trace t = ScenarioFixture.run(f.build(), 1);
            assertFalse(t.roundsOf("call").get(0).success(), "round 0 is not a round: success_round >= 1");
            assertEquals(1, t.outcomes.get(0).successRound());
        }

        @Test
        void thresholdCascadeThroughConformity() {
            // F → A → B → C; each is indifferent to the text (gain 0), has sign cost 0.5 and conformity 1:
            // it joins only once its single in-neighbour supported at the end of the previous round.
            ScenarioFixture f = new ScenarioFixture().issue("x", 0.5).actor("F", 0.5);
            for (String id : List.of("A", "B", "C")) {
                f.actor(id, 0.5).with(a -> ScenarioFixture.conformity(ScenarioFixture.signCost(a, 0.5), 1.0));
            }
            f.tie("F", "A", 1).tie("A", "B", 1).tie("B", "C", 1);
            f.declaration("call", 5, List.of("F"), new double[] {0.5}, minCount(4));
            Trace t = ScenarioFixture.run(f.build(), 3);
            assertArrayEquals(new int[] {0, 1, 2, 3}, t.decisionRounds.get(0));
            assertEquals(3, t.outcomes.get(0).successRound(), "the fourth supporter joins in round 3");
        }

        @Test
        void halfSupportGivesZeroScoreWhichDoesNotJoin() {
            // P = 0.5 from F (supports) and N (does not): z = 0 + 1·0.5 − 0.5 = 0, and joining needs z + ε > 0
            ScenarioFixture f = new ScenarioFixture().issue("x", 0.5).actor("F", 0.5)
                    .actor("N", 0.0).with(a -> ScenarioFixture.signCost(a, 10))
                    .actor("A", 0.5).with(a -> ScenarioFixture.conformity(ScenarioFixture.signCost(a, 0.5), 1.0));
            f.tie("F", "A", 1).tie("N", "A", 1);
            f.declaration("call", 3, List.of("F"), new double[] {0.5}, minCount(3));
            assertEquals("none", ScenarioFixture.run(f.build(), 3).decisions.get(0).get(2));
        }

        @Test
        void tiesFromNonMembersDiluteSupport() {
            ScenarioFixture f = new ScenarioFixture().issue("x", 0.5).actor("F", 0.5).actor("N", 0.5)
                    .actor("A", 0.5).with(a -> ScenarioFixture.conformity(ScenarioFixture.signCost(a, 0.6), 1.0));
            f.tie("F", "A", 1).tie("N", "A", 1);
            f.stages.add(new Stage("call", null, new OpenDeclaration(), Selector.ofIds(ScenarioFixture.set("F", "A")),
                    text(0.5), 3, 0.0, List.of("F"), List.of(minCount(2)), 0, false, When.ALWAYS));
            Trace t = ScenarioFixture.run(f.build(), 3);
            assertEquals(List.of("joined", "none", "none"), t.decisions.get(0), "P = 0.5, z = −0.1");
            assertEquals(2, t.outcomes.get(0).members());
        }

        @Test
        void withdrawalBeyondTheBandOnly() {
            // Founders L (z = −0.1) and S (z = −0.03) with abstain band 0.05: L leaves in round 1, S stays.
            ScenarioFixture f = new ScenarioFixture().behavior(ScenarioFixture.behavior(Distance.LINEAR, 0, 0, 0.05))
                    .issue("x", 0.5)
                    .actor("L", 0.5).with(a -> ScenarioFixture.signCost(a, 0.1))
                    .actor("S", 0.5).with(a -> ScenarioFixture.signCost(a, 0.03));
            f.stages.add(new Stage("call", null, new OpenDeclaration(), Selector.ALL, text(0.5), 2, 0.0,
                    List.of("L", "S"), List.of(minCount(2)), 0, true, When.ALWAYS));
            Trace t = ScenarioFixture.run(f.build(), 3);
            assertEquals(List.of("none", "joined"), t.decisions.get(0));
            assertArrayEquals(new int[] {2, 1, 1}, t.roundsOf("call").stream().mapToInt(RoundRecord::joined).toArray());
            assertFalse(t.outcomes.get(0).success());
        }
    }

    @Nested
    class Votes {

        /** A (pos 1) always says yes, B (pos 0) always no, C (pos 0.4, capability 3) no then yes. */
        private ScenarioFixture chamber() {
            return new ScenarioFixture().issue("x", 0.0)
                    .actor("A", 1.0).actor("B", 0.0)
                    .actor("C", 0.4).with(a -> ScenarioFixture.capability(a, 3.0));
        }

        @Test
        void chairConcedesTowardCapabilityWeightedNonYesPosition() {
            ScenarioFixture f = chamber();
            f.stage(vote("gge", new Consensus(), 3, 0.5, text(1.0), When.ALWAYS));
            Trace t = ScenarioFixture.run(f.build(), 1);
            List<RoundRecord> rounds = t.roundsOf("gge");
            // round 1: non-yes B, C → y = (1·0 + 3·0.4)/4 = 0.3, x = 1 + 0.5(0.3 − 1) = 0.65
            // round 2: C now gains 0.4 − 0.25 = 0.15 and votes yes; non-yes B → y = 0, x = 0.325
            assertEquals(1.0, rounds.get(1).text()[0], EXACT);
            assertEquals(0.65, rounds.get(2).text()[0], EXACT);
            assertEquals(0.325, rounds.get(3).text()[0], EXACT);
            assertEquals(1, rounds.get(1).yes());
            assertEquals(2, rounds.get(2).yes());
            StageOutcome o = t.outcomes.get(0);
            assertFalse(o.success());
            assertEquals(3, o.rounds());
            assertEquals(0.325, o.text()[0], EXACT, "a failed stage ends on the last text voted on");
            assertEquals(List.of("yes", "no", "yes"), t.decisions.get(0));
            assertArrayEquals(new int[] {3, 3, 3}, t.decisionRounds.get(0));
        }

        @Test
        void adoptionStopsTheStage() {
            ScenarioFixture f = chamber();
            f.stage(vote("ga", new Majority(Majority.Quota.SIMPLE, 0, Majority.Base.PRESENT_AND_VOTING), 5, 0.5,
                    text(1.0), When.ALWAYS));
            StageOutcome o = ScenarioFixture.run(f.build(), 1).outcomes.get(0);
            assertTrue(o.success());
            assertEquals(2, o.successRound());
            assertEquals(2, o.rounds());
            assertEquals(2, o.yes());
            assertEquals(1, o.no());
            assertEquals(StageOutcome.NOT_APPLICABLE, o.inForceRound());
        }

        @Test
        void abstainBandSeparatesYesAbstainNo() {
            ScenarioFixture f = new ScenarioFixture().behavior(ScenarioFixture.behavior(Distance.LINEAR, 0, 0, 0.1))
                    .issue("x", 0.5).actor("Y", 0.7).actor("Z", 0.55).actor("N", 0.3);
            f.stage(vote("v", new Consensus(), 1, 0.0, text(0.7), When.ALWAYS));
            // gains: Y 0.2 (> b), Z 0.05 − 0.15 = −0.1 (= −b: abstains), N 0.2 − 0.4 = −0.2 (< −b)
            assertEquals(List.of("yes", "abstain", "no"), ScenarioFixture.run(f.build(), 1).decisions.get(0));
        }

        @Test
        void unavailableMembersAbstainAndDrawNothing() {
            Behavior noisy = new Behavior(Distance.LINEAR, 0.3, 0.05, 1.0, 0, 0, 0, 0, 0);
            ScenarioFixture with = new ScenarioFixture().behavior(noisy).issue("x", 0.3)
                    .actor("U", 0.9).with(a -> ScenarioFixture.availableFrom(a, 99))
                    .actor("A", 0.6).actor("B", 0.4).actor("C", 0.5)
                    .actor("N", 0.0).with(a -> ScenarioFixture.temperature(a, 0.0));
            ScenarioFixture without = new ScenarioFixture().behavior(noisy).issue("x", 0.3)
                    .actor("A", 0.6).actor("B", 0.4).actor("C", 0.5)
                    .actor("N", 0.0).with(a -> ScenarioFixture.temperature(a, 0.0));
            // N (deterministic, gain −0.2) objects every round, so the stage runs all its rounds in both
            Stage never = vote("v", new Consensus(), 6, 0.0, text(0.5), When.ALWAYS);
            with.stage(never);
            without.stage(never);
            for (long seed = 1; seed <= 20; seed++) {
                List<RoundRecord> a = ScenarioFixture.run(with.build(), seed).roundsOf("v");
                List<RoundRecord> b = ScenarioFixture.run(without.build(), seed).roundsOf("v");
                assertEquals(b.size(), a.size());
                for (int r = 1; r < a.size(); r++) {
                    assertEquals(b.get(r).yes(), a.get(r).yes());
                    assertEquals(b.get(r).no(), a.get(r).no());
                    assertEquals(b.get(r).abstain() + 1, a.get(r).abstain());
                }
            }
        }
    }

    @Nested
    class Stages {

        private ScenarioFixture failingGgeThenCall() {
            ScenarioFixture f = new ScenarioFixture().issue("x", 0.0)
                    .actor("A", 1.0).actor("B", 0.0)
                    .actor("C", 0.4).with(a -> ScenarioFixture.capability(a, 3.0));
            f.stage(vote("gge", new Consensus(), 3, 0.5, text(1.0), When.ALWAYS));
            f.stage(new Stage("call", null, new OpenDeclaration(), Selector.ALL,
                    new TextSpec(TextSpec.Mode.INHERIT, null, null), 2, 0.0, List.of("A"), List.of(minCount(2)), 0,
                    false, When.PREVIOUS_FAILED));
            f.stage(vote("ratify", new Consensus(), 1, 0.0, new TextSpec(TextSpec.Mode.INHERIT, null, null),
                    When.PREVIOUS_FAILED));
            return f;
        }

        @Test
        void inheritPassesTheLastTextVotedOn() {
            Trace t = ScenarioFixture.run(failingGgeThenCall().build(), 1);
            assertEquals(0.325, t.roundsOf("call").get(0).text()[0], EXACT);
            // at 0.325: C gains 0.4 − 0.075 = 0.325 > 0 and joins; B loses
            assertEquals(List.of("joined", "none", "joined"), t.decisions.get(1));
        }

        @Test
        void whenRefersToTheMostRecentStageThatRan() {
            Trace t = ScenarioFixture.run(failingGgeThenCall().build(), 1);
            assertTrue(t.outcomes.get(1).executed());
            assertTrue(t.outcomes.get(1).success());
            StageOutcome skipped = t.outcomes.get(2);
            assertFalse(skipped.executed(), "the call succeeded, so a previous-failed stage does not run");
            assertEquals("consensus", skipped.ruleType());
            assertNull(t.decisions.get(2));
            assertEquals(3, t.result.stages().size());
        }

        @Test
        void initiatorAndCompromiseTexts() {
            ScenarioFixture f = new ScenarioFixture().issue("x", 0.0).issue("y", 0.0)
                    .actor("A", 1.0, 0.0).with(a -> ScenarioFixture.salience(a, 3, 1))
                    .actor("B", 0.0, 1.0).with(a -> ScenarioFixture.capability(a, 2.0));
            f.stage(vote("one", new Consensus(), 1, 0.0, new TextSpec(TextSpec.Mode.INITIATOR, null, "B"), When.ALWAYS));
            f.stage(vote("two", new Consensus(), 1, 0.0, new TextSpec(TextSpec.Mode.COMPROMISE, null, null),
                    When.ALWAYS));
            Trace t = ScenarioFixture.run(f.build(), 1);
            assertArrayEquals(new double[] {0.0, 1.0}, t.roundsOf("one").get(0).text(), EXACT);
            // x: (1·0.75·1 + 2·0.5·0) / (0.75 + 1) = 3/7; y: (1·0.25·0 + 2·0.5·1) / (0.25 + 1) = 0.8
            assertArrayEquals(new double[] {3.0 / 7.0, 0.8}, t.roundsOf("two").get(0).text(), EXACT);
        }
    }

    @Nested
    class Reproducibility {

        private Scenario noisy() {
            ScenarioFixture f = new ScenarioFixture().behavior(new Behavior(Distance.QUADRATIC, 0.2, 0.02, 1.0, 0.2,
                    0.0, 0.3, 0.0, 0.3));
            for (int i = 0; i < 40; i++) {
                f.actor("a" + i, i % 2 == 0 ? "state" : "firm", List.of("g" + (i % 4)), (i % 10) / 10.0, (i % 7) / 7.0);
            }
            f.issue("x", 0.1).issue("y", 0.2);
            f.declaration("call", 10, List.of("a0"), new double[] {0.7, 0.6}, minCount(20));
            return f.build();
        }

        @Test
        void sameSeedSameTrace() {
            Trace a = ScenarioFixture.run(noisy(), 42);
            Trace b = ScenarioFixture.run(noisy(), 42);
            assertEquals(a.decisions, b.decisions);
            for (int r = 0; r < a.rounds.size(); r++) {
                assertEquals(a.rounds.get(r).joined(), b.rounds.get(r).joined());
            }
            assertArrayEquals(a.gains.get(0), b.gains.get(0));
        }

        @Test
        void aPreparedScenarioSharedByRunsGivesTheSameRunsAsFreshOnes() {
            PreparedScenario prepared = PreparedScenario.of(noisy());
            for (long seed = 40; seed < 45; seed++) {
                Trace fresh = ScenarioFixture.run(noisy(), seed);
                Trace shared = new Trace();
                Negotiation.run(prepared, seed, shared);
                assertArrayEquals(fresh.decisionRounds.get(0), shared.decisionRounds.get(0), "seed " + seed);
                for (int i = 0; i < fresh.positions.get(0).length; i++) {
                    assertArrayEquals(fresh.positions.get(0)[i], shared.positions.get(0)[i], "seed " + seed);
                }
                assertArrayEquals(fresh.gains.get(0), shared.gains.get(0));
            }
        }

        @Test
        void seedsDifferingOnlyInTheirHighBitsDiffer() {
            // MASON's SimState(long) seeds with the low 32 bits only; the engine must use all 64
            assertFalse(java.util.Arrays.equals(ScenarioFixture.run(noisy(), 12345L).decisionRounds.get(0),
                    ScenarioFixture.run(noisy(), 12345L | (1L << 40)).decisionRounds.get(0)));
        }

        @Test
        void differentSeedsDiffer() {
            assertFalse(java.util.Arrays.equals(ScenarioFixture.run(noisy(), 42).decisionRounds.get(0),
                    ScenarioFixture.run(noisy(), 43).decisionRounds.get(0)));
        }
    }
}
