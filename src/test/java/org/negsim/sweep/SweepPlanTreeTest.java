package org.negsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.negsim.scenario.ScenarioLoader;

/** A plan binds its tree in place for a point without values: binding must leave the tree as it was. */
class SweepPlanTreeTest {

    @Test
    void bindingAPointWithoutValuesLeavesTheTreeUnchanged() throws Exception {
        for (String name : new String[] {"paris-call-2018.json", "un-gge-2017.json"}) {
            JsonObject tree = ScenarioLoader.readTree(Path.of("scenarios", name));
            JsonObject before = tree.deepCopy();
            SweepPlan plan = SweepPlan.create(tree,
                    new SweepPlan.Overrides(Map.of(), null, null, 2), new Shard(0, 1));
            plan.scenarioAt(new JsonPrimitive[0]);
            assertEquals(before, plan.tree(), name);
        }
    }

    @Test
    void aPointWithValuesIsSetOnACopy() throws Exception {
        JsonObject tree = ScenarioLoader.readTree(Path.of("scenarios", "paris-call-2018.json"));
        SweepPlan plan = SweepPlan.create(tree, new SweepPlan.Overrides(Map.of("behavior.temperature", "0.05,0.3"),
                null, null, 1), new Shard(0, 1));
        JsonObject before = plan.tree().deepCopy();
        assertNotEquals(plan.scenarioAt(plan.design().point(0)).behavior(),
                plan.scenarioAt(plan.design().point(1)).behavior());
        assertEquals(before, plan.tree());
    }
}
