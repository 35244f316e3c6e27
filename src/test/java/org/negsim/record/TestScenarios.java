package org.negsim.record;

import java.util.List;
import java.util.Map;
import org.negsim.model.Actor;
import org.negsim.model.Behavior;
import org.negsim.model.Issue;
import org.negsim.model.Scenario;
import org.negsim.model.Selector;
import org.negsim.model.Stage;
import org.negsim.model.TextSpec;
import org.negsim.model.When;
import org.negsim.rules.Majority;

/** Small hand-built scenarios for the writers' tests. */
final class TestScenarios {

    private TestScenarios() {
    }

    /**
     * Two issues ({@code restraint}, {@code multi}), three actors of kinds {@code state} and
     * {@code firm}, weights {@code population} and {@code emissions}, one majority stage {@code gge}.
     */
    static Scenario twoKinds() {
        List<Issue> issues = List.of(new Issue("restraint", "", 0.1), new Issue("multi", "", 0.2));
        List<Actor> actors = List.of(
                actor("FRA", "state", Map.of("population", 67.0, "emissions", 1.3)),
                actor("MSFT", "firm", Map.of()),
                actor("USA", "state", Map.of("population", 330.0)));
        Stage gge = new Stage("gge", "UN GGE", new Majority(Majority.Quota.SIMPLE, 0, Majority.Base.PRESENT_AND_VOTING),
                Selector.ALL, new TextSpec(TextSpec.Mode.OBJECT, new double[] {0.8, 0.9}, null), 3, 0.0,
                List.of(), List.of(), 0, false, When.ALWAYS);
        return new Scenario("two-kinds", "", List.of(), issues, actors, List.of(), Behavior.defaults(),
                List.of(gge), 7);
    }

    private static Actor actor(String id, String kind, Map<String, Double> weights) {
        return new Actor(id, id, kind, List.of(), null, new double[] {0.5, 0.5}, new double[] {0.5, 0.5}, 1.0,
                weights, 0, 0, 0, 0, 1);
    }
}
