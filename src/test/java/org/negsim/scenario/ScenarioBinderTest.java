package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.negsim.model.Scenario;
import org.negsim.model.Selector;
import org.negsim.model.SuccessCondition;
import org.negsim.model.TextSpec;
import org.negsim.rules.Majority;
import org.negsim.rules.QualifiedMajority;
import org.negsim.rules.Unanimity;

class ScenarioBinderTest {

    private static final String ISSUES = "\"issues\":[{\"id\":\"i\",\"statusQuo\":0.5},{\"id\":\"j\",\"statusQuo\":0}]";
    private static final String ACTOR = "{\"id\":\"%s\",\"kind\":\"%s\",\"groups\":[%s],\"position\":{\"i\":0.5,\"j\":1},"
            + "\"salience\":{\"i\":1,\"j\":3},\"weights\":{\"population\":%s}}";

    /** A three-actor scenario with the given stages JSON. */
    private static String scenario(String stages) {
        return "{\"name\":\"t\"," + ISSUES + ",\"actors\":[" + String.format(ACTOR, "A", "state", "\"EU\"", "10") + ","
                + String.format(ACTOR, "B", "state", "", "20") + "," + String.format(ACTOR, "C", "firm", "\"EU\"", "0")
                + "],\"stages\":[" + stages + "]}";
    }

    private static Scenario bind(String stages) throws ScenarioException {
        return ScenarioLoader.bind(ScenarioLoader.parseTree(scenario(stages)));
    }

    private static String vote(String rule) {
        return "{\"id\":\"s\",\"rule\":" + rule + ",\"text\":\"compromise\",\"rounds\":2}";
    }

    @Test
    void salienceIsNormalisedAndNameDefaultsToId() throws Exception {
        Scenario s = bind(vote("{\"type\":\"consensus\"}"));
        assertEquals(0.25, s.actors().get(0).salience()[0]);
        assertEquals(0.75, s.actors().get(0).salience()[1]);
        assertEquals("A", s.actors().get(0).name());
    }

    @Test
    void majorityForms() throws Exception {
        assertEquals(new Majority(Majority.Quota.SIMPLE, 0, Majority.Base.PRESENT_AND_VOTING),
                bind(vote("{\"type\":\"majority\"}")).stages().get(0).rule());
        assertEquals(new Majority(Majority.Quota.TWO_THIRDS, 0, Majority.Base.MEMBERS),
                bind(vote("{\"type\":\"majority\",\"quota\":\"two-thirds\",\"base\":\"members\"}")).stages().get(0).rule());
        assertEquals(new Majority(Majority.Quota.NUMBER, 1, Majority.Base.PRESENT_AND_VOTING),
                bind(vote("{\"type\":\"majority\",\"quota\":1}")).stages().get(0).rule(), "edge: quota 1 is allowed");
    }

    @Test
    void qualifiedMajorityDefaultsAreTheEuCouncil() throws Exception {
        assertEquals(QualifiedMajority.euCouncil(), bind(vote("{\"type\":\"qualified-majority\"}")).stages().get(0).rule());
        assertEquals(new QualifiedMajority(0.5, 2, "population", 0.6, 1), bind(vote("{\"type\":\"qualified-majority\","
                + "\"memberQuota\":0.5,\"minMembers\":2,\"weightQuota\":0.6,\"blockingMinMembers\":1}")).stages().get(0).rule());
    }

    @Test
    void unanimityAbstentionBlocks() throws Exception {
        assertEquals(new Unanimity(false), bind(vote("{\"type\":\"unanimity\"}")).stages().get(0).rule());
        assertEquals(new Unanimity(true), bind(vote("{\"type\":\"unanimity\",\"abstentionBlocks\":true}")).stages().get(0).rule());
    }

    @Test
    void initiatorTextAndIdSelectors() throws Exception {
        Scenario s = bind("{\"id\":\"s\",\"rule\":{\"type\":\"consensus\"},\"members\":[\"A\",\"B\"],\"text\":\"initiator\","
                + "\"initiator\":\"C\",\"rounds\":1}");
        assertEquals(new TextSpec(TextSpec.Mode.INITIATOR, null, "C"), s.stages().get(0).text());
        assertEquals(Selector.ofIds(Set.of("A", "B")), s.stages().get(0).members());
    }

    @Test
    void successConditions() throws Exception {
        Scenario s = bind("{\"id\":\"s\",\"rule\":{\"type\":\"open-declaration\"},\"text\":{\"i\":1,\"j\":1},\"rounds\":3,"
                + "\"allowWithdrawal\":true,\"success\":[{\"select\":{\"groups\":[\"EU\"],\"kinds\":[\"state\"]},\"minFraction\":0.5},"
                + "{\"minShare\":0.65,\"weight\":\"population\"}]}");
        SuccessCondition first = s.stages().get(0).success().get(0);
        assertEquals(SuccessCondition.Measure.MIN_FRACTION, first.measure());
        assertEquals(new Selector(Set.of("state"), Set.of("EU"), null), first.select());
        assertEquals(new SuccessCondition(Selector.ALL, SuccessCondition.Measure.MIN_SHARE, 0.65, "population"),
                s.stages().get(0).success().get(1));
        assertEquals(true, s.stages().get(0).allowWithdrawal());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"type\":\"majority\",\"quota\":0}|$.stages[0](s).rule.quota: must be in (0, 1], was 0",
        "{\"type\":\"majority\",\"quota\":1.5}|$.stages[0](s).rule.quota: must be in (0, 1], was 1.5",
        "{\"type\":\"majority\",\"base\":\"all\"}|$.stages[0](s).rule.base: must be one of \"present-and-voting\", \"members\", was \"all\"",
        "{\"type\":\"qualified-majority\",\"minMembers\":1.5}|$.stages[0](s).rule.minMembers: must be an integer, was 1.5",
        "{\"type\":\"qualified-majority\",\"memberQuota\":-0.1}|$.stages[0](s).rule.memberQuota: must be in [0, 1], was -0.1",
        "{\"type\":\"qualified-majority\",\"weight\":\"gdp\"}|$.stages[0](s).rule.weight: unknown weight \"gdp\"; weights: population",
        "{\"type\":\"weighted-majority\",\"quota\":0.5}|$.stages[0](s).rule: missing required key \"weight\"",
        "{\"type\":\"unanimity\",\"abstentionBlocks\":1}|$.stages[0](s).rule.abstentionBlocks: must be true or false, was 1",
        "{\"type\":\"consensus\",\"weight\":\"population\"}|$.stages[0](s).rule.weight: unknown key \"weight\" for rule \"consensus\"; allowed: type",
        "\"consensus\"|$.stages[0](s).rule: must be an object, was \"consensus\"",
    })
    void ruleErrors(String rule, String message) {
        assertEquals(message, assertThrows(ScenarioException.class, () -> bind(vote(rule))).getMessage());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"id\":\"s\",\"rule\":{\"type\":\"consensus\"},\"text\":\"compromise\",\"rounds\":1,\"allowWithdrawal\":true}|$.stages[0](s).allowWithdrawal: not allowed on a \"consensus\" stage (open-declaration stages only)",
        "{\"id\":\"s\",\"rule\":{\"type\":\"consensus\"},\"text\":\"compromise\",\"rounds\":1,\"entryIntoForceDelay\":1}|$.stages[0](s).entryIntoForceDelay: not allowed on a \"consensus\" stage (open-declaration stages only)",
        "{\"id\":\"s\",\"rule\":{\"type\":\"consensus\"},\"text\":\"compromise\",\"rounds\":1,\"initiator\":\"A\"}|$.stages[0](s).initiator: only allowed with \"text\": \"initiator\"",
        "{\"id\":\"s\",\"rule\":{\"type\":\"consensus\"},\"text\":{\"i\":0.5},\"rounds\":1}|$.stages[0](s).text: missing issue \"j\"",
        "{\"id\":\"s\",\"rule\":{\"type\":\"consensus\"},\"text\":\"compromise\",\"rounds\":1,\"concession\":2}|$.stages[0](s).concession: must be in [0, 1], was 2",
        "{\"id\":\"s\",\"rule\":{\"type\":\"consensus\"},\"text\":\"compromise\",\"rounds\":1,\"members\":{\"ids\":[]}}|$.stages[0](s).members.ids: must not be empty",
        "{\"id\":\"s\",\"rule\":{\"type\":\"consensus\"},\"text\":\"compromise\",\"rounds\":1,\"members\":{\"who\":[\"A\"]}}|$.stages[0](s).members.who: unknown key \"who\"; allowed: groups, ids, kinds",
        "{\"id\":\"s\",\"rule\":{\"type\":\"consensus\"},\"text\":\"compromise\",\"rounds\":1,\"members\":{\"ids\":[\"A\"],\"kinds\":[\"firm\"]}}|$.stages[0](s).members: selects no actor",
        "{\"id\":\"s\",\"rule\":{\"type\":\"consensus\"},\"text\":\"compromise\",\"rounds\":1,\"forum\":7}|$.stages[0](s).forum: must be a string, was 7",
        "{\"id\":\"s\",\"rule\":{\"type\":\"open-declaration\"},\"text\":\"compromise\",\"rounds\":1,\"success\":[{\"minCount\":1,\"weight\":\"population\"}]}|$.stages[0](s).success[0].weight: only allowed with minShare",
        "{\"id\":\"s\",\"rule\":{\"type\":\"open-declaration\"},\"text\":\"compromise\",\"rounds\":1,\"success\":[{\"minCount\":-1}]}|$.stages[0](s).success[0].minCount: must be >= 0, was -1",
        "{\"id\":\"s\",\"rule\":{\"type\":\"open-declaration\"},\"text\":\"compromise\",\"rounds\":1,\"success\":[{\"minFraction\":1.01}]}|$.stages[0](s).success[0].minFraction: must be in [0, 1], was 1.01",
        "{\"id\":\"s\",\"rule\":{\"type\":\"open-declaration\"},\"text\":\"compromise\",\"rounds\":1,\"success\":[{\"select\":{\"groups\":[\"EU\"],\"ids\":[\"B\"]},\"minCount\":1}]}|$.stages[0](s).success[0].select: selects no actor",
        "{\"id\":\"s\",\"rule\":{\"type\":\"open-declaration\"},\"text\":\"compromise\",\"rounds\":1,\"success\":[3]}|$.stages[0](s).success[0]: must be an object, was 3",
        "{\"id\":\"s\",\"rule\":{\"type\":\"open-declaration\"},\"text\":\"compromise\",\"rounds\":1,\"success\":[{\"minCount\":1}],\"entryIntoForceDelay\":-2}|$.stages[0](s).entryIntoForceDelay: must be >= 0, was -2",
        "{\"id\":\"s\",\"rule\":{\"type\":\"consensus\"},\"text\":\"compromise\",\"rounds\":1},{\"id\":\"t\",\"rule\":{\"type\":\"consensus\"},\"text\":\"inherit\",\"rounds\":1,\"when\":\"sometimes\"}|$.stages[1](t).when: must be one of \"always\", \"previous-failed\", \"previous-succeeded\", was \"sometimes\"",
        "{\"id\":\"s[1]\",\"rule\":{\"type\":\"consensus\"},\"text\":\"compromise\",\"rounds\":1}|$.stages[0].id: is not a valid id, was \"s[1]\" (ids may contain letters, digits, _ and -, and start with a letter or digit)",
        "{\"id\":\"s\",\"rule\":{\"type\":\"consensus\"},\"text\":\"compromise\",\"rounds\":1e10}|$.stages[0](s).rounds: must be in [1, 1000000], was 1e10",
    })
    void stageErrors(String stages, String message) {
        assertEquals(message, assertThrows(ScenarioException.class, () -> bind(stages)).getMessage());
    }

    @Test
    void secondStageMayInheritAndDependOnThePrevious() throws Exception {
        Scenario s = bind(vote("{\"type\":\"consensus\"}") + ",{\"id\":\"t\",\"rule\":{\"type\":\"consensus\"},"
                + "\"text\":\"inherit\",\"rounds\":1,\"when\":\"previous-succeeded\"}");
        assertEquals(TextSpec.Mode.INHERIT, s.stages().get(1).text().mode());
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\"kind\":\"state\"|\"kind\":\"\"|$.actors[0](A).kind: must not be empty",
        "\"kind\":\"state\"|\"kind\":\"a,b\"|$.actors[0](A).kind: is not a valid id, was \"a,b\" (ids may contain letters, digits, _ and -, and start with a letter or digit)",
        "{\"population\":10}|{\"pop.m\":10}|$.actors[0](A).weights[\"pop.m\"]: is not a valid id, was \"pop.m\" (ids may contain letters, digits, _ and -, and start with a letter or digit)",
        "{\"population\":10}|{\"population\":-1}|$.actors[0](A).weights.population: must be >= 0, was -1",
        "{\"population\":10}|[10]|$.actors[0](A).weights: must be an object, was [10]",
        "\"name\":\"t\"|\"name\":\"t\",\"sources\":[1]|$.sources[0]: must be a string, was 1",
        "\"name\":\"t\"|\"name\":\"t\",\"$schema\":false|$.$schema: must be a string, was false",
        "\"name\":\"t\"|\"name\":\"t\",\"experiment\":{\"seed\":1e19}|$.experiment.seed: must be in [0, 9007199254740991], was 1e19",
        "\"name\":\"t\"|\"name\":\"t\",\"behavior\":{\"temperature\":-1}|$.behavior.temperature: must be >= 0, was -1",
        "\"name\":\"t\"|\"name\":\"t\",\"behavior\":{\"conformity\":\"high\"}|$.behavior.conformity: must be a number, was \"high\"",
        "\"name\":\"t\"|\"name\":\"t\",\"ties\":{}|$.ties: must be an array, was {}",
        "\"name\":\"t\"|\"name\":\"t\",\"ties\":[{\"from\":\"A\",\"to\":\"B\"}]|$.ties[0]: missing required key \"weight\"",
    })
    void otherErrors(String find, String replace, String message) {
        String json = scenario(vote("{\"type\":\"consensus\"}")).replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace));
        assertEquals(message, assertThrows(ScenarioException.class,
                () -> ScenarioLoader.bind(ScenarioLoader.parseTree(json))).getMessage());
    }

    @Test
    void negativeSignCostAndConformityAreAllowed() throws Exception {
        JsonObject t = ScenarioLoader.parseTree(scenario(vote("{\"type\":\"consensus\"}")));
        ParameterPaths.set(t, "actors[A].signCost", "-0.3");
        ParameterPaths.set(t, "actors[A].conformity", "-1");
        Scenario s = ScenarioLoader.bind(t);
        assertEquals(-0.3, s.actors().get(0).signCost());
        assertEquals(-1.0, s.actors().get(0).conformity());
    }
}
