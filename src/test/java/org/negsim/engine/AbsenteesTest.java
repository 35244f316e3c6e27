package org.negsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.ScenarioLoader;

/**
 * A vote stage's {@code absent} members, through the binder and the engine, for every rule, on
 * hand-computed cases. Five members A–E on one issue (status quo 0, text 1): position 1 votes yes
 * (gain 1), 0 votes no (gain −1), 0.5 abstains (gain 0). Each case is chosen so that it would come
 * out the other way if absentees were voting, or if they were dropped from M (|M| and the weight
 * total keep them, as non-yes).
 */
class AbsenteesTest {

    /** A one-round vote of A–E with the given positions and weights, the rule and absent selector as JSON. */
    private static Scenario scenario(double[] position, double[] weight, String rule, String absent, String extra)
            throws ScenarioException {
        return ScenarioLoader.bind(ScenarioLoader.parseTree(json(position, weight, rule,
                (absent == null ? "" : ",\"absent\":" + absent) + ",\"rounds\":1" + extra, null, null)));
    }

    /**
     * A–E on one issue x (status quo 0), one stage "vote" with text x = 1.
     *
     * @param weight   weights {@code w}, or null for none
     * @param extra    more stage members, each starting with a comma
     * @param members  the stage's members selector as JSON, or null for the default
     * @param behavior the behaviour object as JSON, or null for the default
     */
    private static String json(double[] position, double[] weight, String rule, String extra, String members,
                               String behavior) {
        StringBuilder actors = new StringBuilder();
        String[] ids = {"A", "B", "C", "D", "E"};
        for (int i = 0; i < ids.length; i++) {
            actors.append(i == 0 ? "" : ",").append("{\"id\":\"").append(ids[i]).append("\",\"kind\":\"state\",")
                    .append("\"position\":{\"x\":").append(position[i]).append("},\"salience\":{\"x\":1}")
                    .append(weight == null ? "" : ",\"weights\":{\"w\":" + weight[i] + "}").append("}");
        }
        return "{\"name\":\"absent\",\"issues\":[{\"id\":\"x\",\"statusQuo\":0}],\"actors\":[" + actors + "]"
                + (behavior == null ? "" : ",\"behavior\":" + behavior)
                + ",\"stages\":[{\"id\":\"vote\",\"rule\":" + rule + (members == null ? "" : ",\"members\":" + members)
                + ",\"text\":{\"x\":1}" + extra + "}]}";
    }

    private static final double[] EQUAL = {1, 1, 1, 1, 1};
    /** Temperature 0.3: the draws matter. */
    private static final String NOISY = "{\"temperature\":0.3}";

    private static StageOutcome vote(double[] position, double[] weight, String rule, String absent)
            throws ScenarioException {
        return ScenarioFixture.run(scenario(position, weight, rule, absent, ""), 1).outcomes.get(0);
    }

    @Test
    void majorityOfThosePresentAndVotingLeavesAbsenteesOut() throws Exception {
        double[] p = {1, 1, 0, 0, 0};
        String rule = "{\"type\":\"majority\"}";
        assertFalse(vote(p, EQUAL, rule, null).success(), "2 yes, 3 no");
        StageOutcome o = vote(p, EQUAL, rule, "[\"D\",\"E\"]");
        assertTrue(o.success(), "2 yes, 1 no: D and E are not present and voting");
        assertEquals(List.of(2, 1, 0, 3), List.of(o.yes(), o.no(), o.abstain(), o.members()),
                "members counts the present members only");
    }

    @Test
    void majorityOfMembersKeepsAbsenteesInTheBase() throws Exception {
        String rule = "{\"type\":\"majority\",\"base\":\"members\"}";
        assertFalse(vote(new double[] {1, 1, 0, 0, 0}, EQUAL, rule, "[\"D\",\"E\"]").success(),
                "2·2 > 5 fails (it would pass over the 3 present)");
        assertTrue(vote(new double[] {1, 1, 1, 0, 0}, EQUAL, rule, "[\"D\",\"E\"]").success(), "2·3 > 5");
        String twoThirds = "{\"type\":\"majority\",\"quota\":\"two-thirds\",\"base\":\"members\"}";
        assertFalse(vote(new double[] {1, 1, 1, 1, 0}, EQUAL, twoThirds, "[\"D\"]").success(), "3·3 >= 2·5 fails");
        assertTrue(vote(new double[] {1, 1, 1, 1, 0}, EQUAL, twoThirds, "[\"E\"]").success(), "3·4 >= 2·5");
    }

    @Test
    void consensusIgnoresAnAbsentObjector() throws Exception {
        double[] p = {1, 0.5, 1, 0, 1};
        assertFalse(vote(p, EQUAL, "{\"type\":\"consensus\"}", null).success(), "D objects");
        assertTrue(vote(p, EQUAL, "{\"type\":\"consensus\"}", "[\"D\"]").success(), "absent D cannot object");
    }

    @Test
    void unanimityIsNotBlockedByAbsenceEvenWhenAbstentionBlocks() throws Exception {
        String rule = "{\"type\":\"unanimity\",\"abstentionBlocks\":true}";
        double[] p = {1, 1, 1, 0.5, 0};
        assertFalse(vote(p, EQUAL, rule, "[\"E\"]").success(), "D abstains, which blocks");
        StageOutcome o = vote(p, EQUAL, rule, "{\"ids\":[\"D\",\"E\"]}");
        assertTrue(o.success(), "absence is not abstention");
        assertEquals(3, o.members());
        assertFalse(vote(new double[] {0.5, 0.5, 0.5, 1, 1}, EQUAL, rule, "[\"D\",\"E\"]").success(),
                "no yes among those present");
    }

    @Test
    void qualifiedMajorityCountsAbsenteesInTheMembersAndTheWeight() throws Exception {
        double[] weight = {10, 10, 10, 10, 60};
        String rule = "{\"type\":\"qualified-majority\",\"memberQuota\":0.6,\"minMembers\":0,\"weight\":\"w\","
                + "\"weightQuota\":0.6,\"blockingMinMembers\":2}";
        // yes A, B, C: ⌈0.6·5⌉ = 3 met; weight 30 < 0.6·100; non-yes D, E = 2 is a blocking minority
        assertFalse(vote(new double[] {1, 1, 1, 1, 1}, weight, rule, "[\"D\",\"E\"]").success(),
                "over the 3 present it would pass (3 of 3, weight 30 of 30)");
        // yes A–D: 4 ≥ 3; weight 40 < 60; non-yes E alone (1 < 2): no blocking minority
        assertTrue(vote(new double[] {1, 1, 1, 1, 1}, weight, rule, "[\"E\"]").success());
        // the member quota is of |M|: yes A, B of 5 misses ⌈3⌉ although 2 of the 2 present voted yes
        assertFalse(vote(new double[] {1, 1, 1, 1, 1}, EQUAL, rule, "[\"C\",\"D\",\"E\"]").success());
    }

    @Test
    void weightedMajorityKeepsAbsentWeightInTheTotal() throws Exception {
        double[] weight = {30, 30, 10, 10, 20};
        String rule = "{\"type\":\"weighted-majority\",\"weight\":\"w\",\"quota\":0.5}";
        // yes A, C = 40 < 0.5·100 (over the present A, C, D it would be 40 of 50)
        assertFalse(vote(new double[] {1, 1, 1, 0, 1}, weight, rule, "[\"B\",\"E\"]").success());
        // yes A, B = 60 ≥ 50 (E absent, its 20 still in the total)
        assertTrue(vote(new double[] {1, 1, 0, 0, 1}, weight, rule, "[\"E\"]").success());
    }

    @Test
    void absenteesDrawNothingAreNotAmendedTowardAndReportAbsent() throws Exception {
        double[] p = {1, 0.2, 0.5, 0, 0.9};
        String rule = "{\"type\":\"unanimity\"}";
        String noisy = ",\"concession\":0.5,\"rounds\":3";
        Scenario withAbsent = ScenarioLoader.bind(ScenarioLoader.parseTree(
                json(p, null, rule, ",\"absent\":[\"D\"]" + noisy, "\"all\"", NOISY)));
        Scenario withoutD = ScenarioLoader.bind(ScenarioLoader.parseTree(
                json(p, null, rule, noisy, "[\"A\",\"B\",\"C\",\"E\"]", NOISY)));
        ScenarioFixture.Trace a = ScenarioFixture.run(withAbsent, 42);
        ScenarioFixture.Trace b = ScenarioFixture.run(withoutD, 42);
        List<String> da = a.decisions.get(0);
        List<String> db = b.decisions.get(0);
        assertEquals("absent", da.get(3));
        assertEquals("none", db.get(3));
        assertEquals(StageOutcome.NOT_APPLICABLE, a.decisionRounds.get(0)[3]);
        for (int i : new int[] {0, 1, 2, 4}) {
            assertEquals(db.get(i), da.get(i), "the present members' draws do not depend on D: actor " + i);
        }
        assertArrayEquals(b.outcomes.get(0).text(), a.outcomes.get(0).text(), 0.0,
                "the chair amends toward the present non-yes members only");
        assertEquals(b.outcomes.get(0).members(), a.outcomes.get(0).members());
    }

    @Test
    void absentIsCheckedLikeEverySelector() {
        double[] p = {1, 1, 1, 1, 1};
        assertEquals("$.stages[0](vote).absent: not allowed on an \"open-declaration\" stage (vote stages only)",
                assertThrows(ScenarioException.class, () -> scenario(p, EQUAL, "{\"type\":\"open-declaration\"}",
                        "[\"A\"]", ",\"success\":[{\"minCount\":1}]")).getMessage());
        assertTrue(assertThrows(ScenarioException.class, () -> scenario(p, EQUAL, "{\"type\":\"consensus\"}",
                "[\"Z\"]", "")).getMessage().startsWith("$.stages[0](vote).absent[0]: unknown actor \"Z\""));
        assertEquals("$.stages[0](vote).absent[0]: \"E\" is not a member of this stage",
                assertThrows(ScenarioException.class, () -> scenario(p, EQUAL, "{\"type\":\"consensus\"}",
                        "[\"E\"]", ",\"members\":[\"A\",\"B\"]")).getMessage());
        assertEquals("$.stages[0](vote).absent: selects no member of this stage",
                assertThrows(ScenarioException.class, () -> scenario(p, EQUAL, "{\"type\":\"consensus\"}",
                        "{\"ids\":[\"E\"],\"kinds\":[\"state\"]}", ",\"members\":[\"A\",\"B\"]")).getMessage());
    }
}
