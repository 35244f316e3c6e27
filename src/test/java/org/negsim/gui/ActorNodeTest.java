package org.negsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.negsim.engine.NegotiationSim;
import org.negsim.engine.RunListener;
import org.negsim.model.Scenario;
import sim.util.SimpleProperties;

class ActorNodeTest {

    private final Scenario scenario = GuiFixture.scenario(GuiFixture.SMALL);
    private final StageView view = new StageView();
    private final ActorGraph graph = new ActorGraph(scenario, view);

    /** What MASON's inspector lists: property name → value. */
    private static Map<String, Object> inspected(Object bean) {
        SimpleProperties p = new SimpleProperties(bean);
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < p.numProperties(); i++) {
            assertFalse(p.isReadWrite(i), p.getName(i) + " must be read-only");
            out.put(p.getName(i), p.getValue(i));
        }
        return out;
    }

    @Test
    void masonsInspectorListsEveryPropertyReadOnly() {
        assertEquals(java.util.Set.of("Id", "Name", "Kind", "Groups", "Member", "Decision", "DecisionRound",
                "Capability", "Gain", "Position"), inspected(graph.nodes().get(0)).keySet());
    }

    @Test
    void beforeTheRunTheActorIsUndecidedAtItsInitialPosition() {
        Map<String, Object> a = inspected(graph.nodes().get(0));
        assertEquals("A", a.get("Id"));
        assertEquals("Alpha", a.get("Name"));
        assertEquals("state", a.get("Kind"));
        assertEquals("EU", a.get("Groups"));
        assertEquals(false, a.get("Member"));
        assertEquals("none", a.get("Decision"));
        assertEquals(-1, a.get("DecisionRound"));
        assertEquals(4.0, a.get("Capability"));
        assertTrue(Double.isNaN((Double) a.get("Gain")));
        assertEquals(Map.of("r", 0.9), a.get("Position"));
    }

    @Test
    void aFounderHasJoinedInRoundZeroWithTheGainOfTheText() {
        NegotiationSim run = new NegotiationSim(scenario, 1L, RunListener.NONE);
        run.start();
        view.show(run);
        ActorNode a = graph.nodes().get(0);
        assertTrue(a.isMember());
        assertEquals("joined", a.getDecision());
        assertEquals(0, a.getDecisionRound());
        // U(0.8) − U(0.1) at position 0.9: (1 − 0.1) − (1 − 0.8) = 0.7
        assertEquals(0.7, a.getGain(), 1e-12);
        ActorNode b = graph.nodes().get(1);
        assertEquals("none", b.getDecision());
        assertEquals("", graph.nodes().get(2).getGroups());
    }

    @Test
    void nameShowsIdAndNameOnlyWhenTheyDiffer() {
        assertEquals("A (Alpha)", graph.nodes().get(0).toString());
        assertEquals("B", graph.nodes().get(1).toString());
    }
}
