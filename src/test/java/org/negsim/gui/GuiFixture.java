package org.negsim.gui;

import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.ScenarioLoader;

/** Small scenarios for the GUI's headless tests. */
final class GuiFixture {

    /**
     * One issue r (status quo 0.1); states A (EU, capability 4, position 0.9) and B (EU, capability 1,
     * position 0.2), firm F (home A, capability 0, position 0.8); an explicit tie B → A; group ties 1,
     * home ties 2; one open declaration of 2 rounds on text 0.8 founded by A, deterministic.
     */
    static final String SMALL = """
            {"name": "small", "issues": [{"id": "r", "statusQuo": 0.1}],
             "actors": [
               {"id": "A", "name": "Alpha", "kind": "state", "groups": ["EU"], "position": {"r": 0.9}, "salience": {"r": 1}, "capability": 4},
               {"id": "B", "kind": "state", "groups": ["EU"], "position": {"r": 0.2}, "salience": {"r": 1}, "capability": 1},
               {"id": "F", "kind": "firm", "home": "A", "position": {"r": 0.8}, "salience": {"r": 1}, "capability": 0}],
             "ties": [{"from": "B", "to": "A", "weight": 0.5}],
             "behavior": {"groupTieWeight": 1, "homeTieWeight": 2},
             "stages": [{"id": "call", "rule": {"type": "open-declaration"}, "founders": ["A"], "text": {"r": 0.8},
                         "rounds": 2, "success": [{"minCount": 2}]}]}
            """;

    private GuiFixture() {
    }

    static Scenario scenario(String json) {
        try {
            return ScenarioLoader.bind(ScenarioLoader.parseTree(json));
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code n} states all in group G, with group ties of weight 1, one consensus round. */
    static Scenario oneGroup(int n) {
        StringBuilder actors = new StringBuilder();
        for (int i = 0; i < n; i++) {
            actors.append(i == 0 ? "" : ",").append("{\"id\": \"S").append(i)
                    .append("\", \"kind\": \"state\", \"groups\": [\"G\"], \"position\": {\"r\": 0.5}, \"salience\": {\"r\": 1}}");
        }
        return scenario("{\"name\": \"group\", \"issues\": [{\"id\": \"r\", \"statusQuo\": 0.1}], \"actors\": [" + actors
                + "], \"behavior\": {\"groupTieWeight\": 1}, \"stages\": [{\"id\": \"v\", \"rule\": {\"type\": \"consensus\"},"
                + " \"text\": {\"r\": 0.5}, \"rounds\": 1}]}");
    }
}
