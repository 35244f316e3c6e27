package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PowerCommandTest {

    private static final String EU = "scenarios/eu-copyright-2019.json";

    @Test
    void csvHasOneRowPerMemberInScenarioOrderAndTheIndicesSumToOne() {
        Cli.Result r = Cli.execute("power", EU, "--csv");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("actor,penrose,banzhaf,shapley_shubik", lines.get(0));
        assertEquals(29, lines.size());
        assertTrue(lines.get(1).startsWith("AUT,"), lines.get(1));
        double banzhaf = 0;
        double shapley = 0;
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",");
            banzhaf += Double.parseDouble(c[2]);
            shapley += Double.parseDouble(c[3]);
        }
        assertEquals(1.0, banzhaf, 1e-12);
        assertEquals(1.0, shapley, 1e-12);
    }

    @Test
    void textNamesTheMethodAndTheWinningCoalitions() {
        Cli.Result r = Cli.execute("power", EU);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("council-vote (qualified-majority), 28 members\n"
                + "method: exact (enumeration of all coalitions, Gray-code order)\n"
                + "winning coalitions: 30416289 of 2^28 (11.3310 %)\n"), r.out());
        // Germany first: the largest Penrose measure
        assertTrue(r.out().contains("\nactor  name             penrose   banzhaf  shapley_shubik\nDEU    Germany  "),
                r.out());
    }

    @Test
    void enumerationGivesTheSameNumbersAsTheGeneratingFunctions() {
        Cli.Result dp = Cli.execute("power", EU, "--csv", "--method", "dp");
        Cli.Result en = Cli.execute("power", EU, "--csv", "--method", "enumeration");
        assertEquals(dp.out(), en.out());
    }

    @Test
    void monteCarloSaysSoAndGivesIntervals() {
        Cli.Result r = Cli.execute("power", EU, "--method", "montecarlo", "--samples", "2000", "--seed", "5");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("method: Monte Carlo estimate from 2000 random coalitions and as many random"
                + " orderings, seed 5; not exact: Monte Carlo was asked for"), r.out());
        assertTrue(r.out().contains("95 % interval"), r.out());
    }

    @Test
    void setChangesTheRuleBeforeTheComputation() {
        Cli.Result r = Cli.execute("power", EU, "--set", "stages[council-vote].rule.weightQuota=0.5");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("winning coalitions: 61911267 of 2^28"), r.out());
    }

    @Test
    void anUnknownStageIsAUsageErrorListingTheVoteStages() {
        Cli.Result r = Cli.execute("power", "scenarios/unga-cyber-2018.json", "--stage", "nope");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: --stage nope: no such stage; vote stages: A-RES-73-27, A-RES-73-266\n"),
                r.err());
        assertEquals("", r.out());
    }

    @Test
    void anOpenDeclarationHasNoVotingPower() {
        Cli.Result r = Cli.execute("power", "scenarios/gge-then-paris-call.json", "--stage", "paris-call");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: --stage paris-call: an open declaration has no vote, so no voting"
                + " power; vote stages: gge-2017\n"), r.err());
        Cli.Result none = Cli.execute("power", "scenarios/paris-call-2018.json");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().startsWith("error: no power to compute: the scenario has no vote stage"), none.err());
    }

    @Test
    void csvOfSeveralVoteStagesNeedsOneStage() {
        Cli.Result r = Cli.execute("power", "scenarios/unga-cyber-2018.json", "--csv");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("give --stage ID"), r.err());
        Cli.Result one = Cli.execute("power", "scenarios/unga-cyber-2018.json", "--csv", "--stage", "A-RES-73-266");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(194, one.out().lines().count());
    }

    @Test
    void enumerationOfTooManyMembersIsRefused() {
        Cli.Result r = Cli.execute("power", "scenarios/unga-cyber-2018.json", "--stage", "A-RES-73-27",
                "--method", "enumeration");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: stage 'A-RES-73-27': --method enumeration cannot be used"), r.err());
    }

    @Test
    void seedHelpDescribesTheMonteCarloEstimateNotARun() {
        Cli.Result r = Cli.execute("power", "--help");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Seed of the Monte Carlo estimate"), r.out());
        assertFalse(r.out().contains("The run's seed"), r.out());
        Cli.Result bad = Cli.execute("power", EU, "--method", "montecarlo", "--seed", "-3");
        assertEquals(2, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("--seed: must be an integer in [0, 2^53)"), bad.err());
    }
}
