package org.negsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.negsim.model.Scenario;
import org.negsim.random.Seeds;
import org.negsim.scenario.ExperimentSpec;
import org.negsim.scenario.ScenarioLoader;

/**
 * Every shipped scenario validates, runs, and with its default seed (as {@code negsim run} without
 * {@code --seed}) reproduces the history it encodes (see scenarios/README.md).
 */
class ShippedScenariosTest {

    private static final Path DIR = Path.of("scenarios");

    static Stream<Path> scenarios() throws Exception {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    /** The default run of a scenario, with each stage's final decisions by actor id. */
    private static final class DefaultRun implements RunListener {
        final List<StageOutcome> outcomes = new ArrayList<>();
        final List<Map<String, String>> decisions = new ArrayList<>();
        final List<RoundRecord> rounds = new ArrayList<>();

        DefaultRun(String file) throws Exception {
            var tree = ScenarioLoader.readTree(DIR.resolve(file));
            Scenario scenario = ScenarioLoader.bind(tree);
            Negotiation.run(scenario, Seeds.forRun(ExperimentSpec.of(tree).seed(), 0, 0), this);
        }

        @Override
        public void round(RoundRecord record) {
            rounds.add(record);
        }

        @Override
        public void stageEnded(StageOutcome outcome, StageActors actors) {
            outcomes.add(outcome);
            Map<String, String> d = new HashMap<>();
            if (actors != null) {
                for (int i = 0; i < actors.size(); i++) {
                    d.put(actors.actor(i).id(), actors.decision(i));
                }
            }
            decisions.add(d);
        }

        int kind(int stage, String kind, List<String> kinds) {
            return outcomes.get(stage).joinedByKind()[kinds.indexOf(kind)];
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void validatesAndRuns(Path file) throws Exception {
        var tree = ScenarioLoader.readTree(file);
        Scenario scenario = ScenarioLoader.bind(tree);
        ExperimentSpec.of(tree);
        RunResult result = Negotiation.run(scenario, 1L, RunListener.NONE);
        assertEquals(scenario.stages().size(), result.stages().size());
        assertTrue(result.stages().get(0).executed());
    }

    @Test
    void parisCallLaunchesWithAboutFiftyStatesWithoutTheUsChinaOrRussia() throws Exception {
        DefaultRun run = new DefaultRun("paris-call-2018.json");
        StageOutcome call = run.outcomes.get(0);
        assertTrue(call.success());
        assertEquals(1, call.successRound());
        RoundRecord launch = run.rounds.get(1);
        assertEquals(1, launch.round());
        int statesAtLaunch = launch.joinedByKind()[2];
        assertTrue(statesAtLaunch >= 45 && statesAtLaunch <= 65, "states at the launch: " + statesAtLaunch);
        for (String holdout : List.of("USA", "CHN", "RUS")) {
            assertEquals("none", run.decisions.get(0).get(holdout), holdout);
        }
        assertEquals("joined", run.decisions.get(0).get("FRA"));
        assertTrue(run.kind(0, "firm", List.of("civil", "firm", "state")) >= 30);
    }

    @Test
    void ggeFailsByConsensus() throws Exception {
        StageOutcome gge = new DefaultRun("un-gge-2017.json").outcomes.get(0);
        assertFalse(gge.success());
        assertTrue(gge.no() >= 1);
    }

    @Test
    void ggeFailsThenTheParisCallSucceedsWithFirms() throws Exception {
        DefaultRun run = new DefaultRun("gge-then-paris-call.json");
        assertFalse(run.outcomes.get(0).success());
        StageOutcome call = run.outcomes.get(1);
        assertTrue(call.executed());
        assertTrue(call.success());
        assertTrue(run.kind(1, "firm", List.of("civil", "firm", "state")) > 0);
        assertEquals("none", run.decisions.get(1).get("CHN"));
        assertEquals("none", run.decisions.get(1).get("RUS"));
    }

    @Test
    void copyrightDirectiveAdoptedByQualifiedMajority() throws Exception {
        StageOutcome vote = new DefaultRun("eu-copyright-2019.json").outcomes.get(0);
        assertTrue(vote.success());
        assertEquals(19, vote.yes());
        assertEquals(6, vote.no());
        assertEquals(3, vote.abstain());
    }

    @Test
    void digitalTaxBlockedUnderUnanimity() throws Exception {
        DefaultRun run = new DefaultRun("eu-digital-tax-2019.json");
        assertFalse(run.outcomes.get(0).success());
        for (String blocker : List.of("IRL", "SWE", "DNK", "FIN")) {
            assertEquals("no", run.decisions.get(0).get(blocker), blocker);
        }
    }

    @Test
    void parisAgreementEntersIntoForceThirtyDaysAfterTheThreshold() throws Exception {
        StageOutcome ratification = new DefaultRun("paris-agreement-2016.json").outcomes.get(0);
        assertTrue(ratification.success());
        assertEquals(24, ratification.successRound(), "the week of 5 October 2016, counting from 22 April");
        assertEquals(29, ratification.inForceRound(), "the week of 4 November 2016");
    }

    @Test
    void bothRivalGeneralAssemblyResolutionsAdopted() throws Exception {
        DefaultRun run = new DefaultRun("unga-cyber-2018.json");
        StageOutcome russian = run.outcomes.get(0);
        StageOutcome american = run.outcomes.get(1);
        assertTrue(russian.success());
        assertTrue(american.success());
        // the recorded tallies, absentees included: A/RES/73/27 119-46-14, A/RES/73/266 138-12-16
        assertEquals(List.of(119, 46, 14, 179), List.of(russian.yes(), russian.no(), russian.abstain(), russian.members()),
                "yes, no, abstain and members present (193 less 14 absent)");
        assertEquals(List.of(138, 12, 16, 166), List.of(american.yes(), american.no(), american.abstain(),
                american.members()), "yes, no, abstain and members present (193 less 27 absent)");
    }
}
