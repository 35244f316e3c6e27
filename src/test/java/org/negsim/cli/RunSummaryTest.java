package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.negsim.engine.StageActors;
import org.negsim.engine.StageOutcome;
import org.negsim.model.Actor;
import org.negsim.model.Behavior;
import org.negsim.model.Issue;
import org.negsim.model.Scenario;
import org.negsim.model.Selector;
import org.negsim.model.Stage;
import org.negsim.model.SuccessCondition;
import org.negsim.model.TextSpec;
import org.negsim.model.When;
import org.negsim.rules.Consensus;
import org.negsim.rules.OpenDeclaration;

class RunSummaryTest {

    private static final String NL = System.lineSeparator();

    /** Seven states of capability 1…7 (S1…S7) and two firms; stage 0 a consensus, stage 1 an open call. */
    private static Scenario scenario() {
        List<Actor> actors = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            actors.add(actor("S" + i, "State " + i, "state", i));
        }
        actors.add(actor("F1", "Firm One", "firm", 9));
        actors.add(actor("F2", "F2", "firm", 0.5));
        TextSpec text = new TextSpec(TextSpec.Mode.OBJECT, new double[] {0.5}, null);
        Stage gge = new Stage("gge", null, new Consensus(), new Selector(java.util.Set.of("state"), null, null),
                text, 3, 0, List.of(), List.of(), 0, false, When.ALWAYS);
        Stage call = new Stage("call", null, new OpenDeclaration(), Selector.ALL, text, 5, 0, List.of("S1"),
                List.of(new SuccessCondition(Selector.ALL, SuccessCondition.Measure.MIN_COUNT, 3, null)), 2, false,
                When.PREVIOUS_FAILED);
        return new Scenario("s", "", List.of(), List.of(new Issue("x", "", 0)), actors, List.of(),
                Behavior.defaults(), List.of(gge, call), 0);
    }

    private static Actor actor(String id, String name, String kind, double capability) {
        return new Actor(id, name, kind, List.of(), null, new double[] {0.5}, new double[] {1}, capability, Map.of(),
                0, 0, 0, 0, 1);
    }

    /** Decisions per actor in scenario order; members are the actors whose decision is not "none". */
    private static StageActors actors(Scenario s, String... decisions) {
        return new StageActors() {
            @Override
            public int size() {
                return s.actors().size();
            }

            @Override
            public Actor actor(int i) {
                return s.actors().get(i);
            }

            @Override
            public boolean member(int i) {
                return !decisions[i].equals("-");
            }

            @Override
            public String decision(int i) {
                return decisions[i].equals("-") ? "none" : decisions[i];
            }

            @Override
            public int decisionRound(int i) {
                return 1;
            }

            @Override
            public double gain(int i) {
                return 0;
            }

            @Override
            public double position(int i, int d) {
                return 0.5;
            }
        };
    }

    @Test
    void failedVoteNamesTheFiveLargestHoldoutsAmongMembersOnly() {
        Scenario s = scenario();
        RunSummary summary = new RunSummary(s);
        // S1, S2 yes; S3..S7 no or abstain; the firms are not members (and F1, capability 9, is no holdout).
        summary.stageEnded(new StageOutcome("gge", "consensus", true, false, -1, -1, 3, 7, 2, 4, 1, 2,
                new int[] {0, 2}, new double[0], new double[] {0.5}, 0.5),
                actors(s, "yes", "yes", "no", "abstain", "no", "no", "no", "-", "-"));
        assertEquals("gge (consensus): failed: not adopted in 3 rounds; last vote (2 yes, 4 no, 1 abstain)" + NL
                + "  voted yes: 2 of 7 states" + NL
                + "  holdouts, largest first: State 7, State 6, State 5, State 4, State 3" + NL
                + "  pivotal: none (no single change of vote would change the final outcome)" + NL, summary.render());
    }

    @Test
    void successfulDeclarationShowsEntryIntoForceAndJoinersByKind() {
        Scenario s = scenario();
        RunSummary summary = new RunSummary(s);
        summary.stageEnded(StageOutcome.notExecuted("gge", "consensus"), null);
        summary.stageEnded(new StageOutcome("call", "open-declaration", true, true, 2, 4, 5, 9, -1, -1, -1, 7,
                new int[] {1, 6}, new double[0], new double[] {0.5}, 0.5),
                actors(s, "joined", "joined", "joined", "joined", "joined", "joined", "none", "joined", "none"));
        assertEquals("gge (consensus): not run (skipped)" + NL
                + "call (open-declaration): met the success conditions in round 2 of 5, in force from round 4" + NL
                + "  joined 1 of 2 firms, 6 of 7 states" + NL
                + "  holdouts, largest first: State 7, F2" + NL
                + "  pivotal: none (no single joined actor is needed for the success conditions)" + NL, summary.render());
    }

    @Test
    void adoptedVoteWithEveryMemberInFavourHasNoHoldouts() {
        Scenario s = scenario();
        RunSummary summary = new RunSummary(s);
        summary.stageEnded(new StageOutcome("gge", "consensus", true, true, 1, -1, 1, 7, 7, 0, 0, 7,
                new int[] {0, 7}, new double[0], new double[] {0.5}, 0.5),
                actors(s, "yes", "yes", "yes", "yes", "yes", "yes", "yes", "-", "-"));
        assertEquals("gge (consensus): adopted in round 1 of 3 (7 yes, 0 no, 0 abstain)" + NL
                + "  voted yes: 7 of 7 states" + NL
                + "  no holdouts: every member supports the text" + NL
                + "  pivotal: State 7, State 6, State 5, State 4, State 3, State 2, State 1 (a change of vote by any"
                + " one would change the final outcome)" + NL, summary.render());
    }

    @Test
    void stageSkippedBecauseThePreviousSucceededSaysWhy() {
        Scenario s = scenario();
        RunSummary summary = new RunSummary(s);
        summary.stageEnded(StageOutcome.notExecuted("call", "open-declaration"), null);
        assertEquals("call (open-declaration): not run (runs only if the previous stage failed)" + NL, summary.render());
    }

    @Test
    void moreThanFiveHoldoutsAreCountedAndTheLargestNamed() {
        Scenario s = scenario();
        RunSummary summary = new RunSummary(s);
        summary.stageEnded(new StageOutcome("call", "open-declaration", true, false, -1, -1, 5, 9, -1, -1, -1, 2,
                new int[] {1, 1}, new double[0], new double[] {0.5}, 0.5),
                actors(s, "joined", "none", "none", "none", "none", "none", "none", "joined", "none"));
        assertEquals("call (open-declaration): did not meet the success conditions in 5 rounds" + NL
                + "  joined 1 of 2 firms, 1 of 7 states" + NL
                + "  7 holdouts, largest first: State 7, State 6, State 5, State 4, State 3, …" + NL
                + "  pivotal: had State 7 joined, the success conditions would have been met" + NL, summary.render());
    }

    @Test
    void holdoutsOfEqualCapabilityAreOnlyExamples() {
        List<Actor> actors = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            actors.add(actor("S" + i, "State " + i, "state", 1));
        }
        TextSpec text = new TextSpec(TextSpec.Mode.OBJECT, new double[] {0.5}, null);
        Stage call = new Stage("call", null, new OpenDeclaration(), Selector.ALL, text, 2, 0, List.of(),
                List.of(new SuccessCondition(Selector.ALL, SuccessCondition.Measure.MIN_COUNT, 3, null)), 0, false,
                When.ALWAYS);
        Scenario s = new Scenario("s", "", List.of(), List.of(new Issue("x", "", 0)), actors, List.of(),
                Behavior.defaults(), List.of(call), 0);
        RunSummary summary = new RunSummary(s);
        summary.stageEnded(new StageOutcome("call", "open-declaration", true, false, -1, -1, 2, 6, -1, -1, -1, 0,
                new int[] {0}, new double[0], new double[] {0.5}, 0.5),
                actors(s, "none", "none", "none", "none", "none", "none"));
        assertEquals("call (open-declaration): did not meet the success conditions in 2 rounds" + NL
                + "  joined 0 of 6 states" + NL
                + "  6 holdouts of equal capability, e.g. State 1, State 2, State 3, State 4, State 5" + NL
                + "  pivotal: had State 1, State 2, State 3 joined, the success conditions would have been met"
                + " (the fewest holdouts, largest first)" + NL,
                summary.render());
    }

    @Test
    void pluralsOfTheUsualKinds() {
        assertEquals("states", RunSummary.plural("state", 2));
        assertEquals("authorities", RunSummary.plural("authority", 2));
        assertEquals("civil", RunSummary.plural("civil", 3));
        assertEquals("firm", RunSummary.plural("firm", 1));
        assertEquals("alliances", RunSummary.plural("alliance", 2));
    }
}
