package org.negsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sim.field.network.Edge;
import sim.util.Double2D;

class ActorGraphTest {

    private static final double EPS = 1e-9;
    private final ActorGraph graph = new ActorGraph(GuiFixture.scenario(GuiFixture.SMALL), new StageView());

    private Double2D at(int i) {
        return graph.layout().getObjectLocation(graph.nodes().get(i));
    }

    @Test
    void kindsSitTogetherOnTheCircleInSortedOrderWithAGapBetweenThem() {
        // slots: firm F at 0, gap at 1, state A at 2, state B at 3, gap at 4 (5 slots, clockwise from the top)
        assertEquals(-Math.PI / 2, graph.angle(2), EPS);
        assertEquals(2 * Math.PI * 2 / 5 - Math.PI / 2, graph.angle(0), EPS);
        assertEquals(2 * Math.PI * 3 / 5 - Math.PI / 2, graph.angle(1), EPS);
        assertEquals(50.0, at(2).x, EPS);
        assertEquals(50.0 - 38.0, at(2).y, EPS);
        assertEquals(50.0 + 38.0 * Math.cos(0.3 * Math.PI), at(0).x, EPS);
        assertEquals(50.0 + 38.0 * Math.sin(0.3 * Math.PI), at(0).y, EPS);
    }

    @Test
    void kindNamesSitOutsideTheMiddleOfTheirArc() {
        Map<String, Double2D> labels = graph.kindLabels();
        assertEquals(List.of("firm", "state"), new ArrayList<>(labels.keySet()));
        assertEquals(new Double2D(50.0, 50.0 - 46.0).x, labels.get("firm").x, EPS);
        assertEquals(50.0 - 46.0, labels.get("firm").y, EPS);
        assertEquals(50.0, labels.get("state").x, EPS);
        assertEquals(50.0 + 46.0, labels.get("state").y, EPS);
    }

    @Test
    void aSingleKindIsNamedInTheMiddle() {
        ActorGraph g = new ActorGraph(GuiFixture.oneGroup(3), new StageView());
        assertEquals(Map.of("state", new Double2D(50.0, 50.0)), g.kindLabels());
    }

    @Test
    void areaGrowsWithCapability() {
        // spacing 2π·38/4 ≈ 59.7 → base diameter capped at 4; d = 4·(1 + 2·√(c / 4))
        assertEquals(12.0, graph.diameter(0), EPS);
        assertEquals(8.0, graph.diameter(1), EPS);
        assertEquals(4.0, graph.diameter(2), EPS);
    }

    @Test
    void edgesAreTheExplicitHomeAndGroupTies() {
        assertEquals(3, graph.ties().getAllNodes().size(), "every actor is a node");
        List<String> drawn = new ArrayList<>();
        for (Object node : graph.nodes()) {
            for (Object o : graph.ties().getEdgesOut(node)) {
                Edge e = (Edge) o;
                drawn.add(e.getFrom() + "->" + e.getTo() + " " + e.info);
            }
        }
        drawn.sort(null);
        assertEquals(List.of(
                "A (Alpha)->B group EU, weight 1.0 each way",
                "B->A (Alpha) tie, weight 0.5",
                "F->A (Alpha) home tie, weight 2.0"), drawn);
        assertTrue(graph.groupsWithoutEdges().isEmpty());
    }

    @Test
    void aGroupAtTheCapIsDrawnWithEveryPair() {
        ActorGraph g = new ActorGraph(GuiFixture.oneGroup(ActorGraph.GROUP_EDGE_CAP), new StageView());
        int n = ActorGraph.GROUP_EDGE_CAP;
        int edges = 0;
        for (Object node : g.nodes()) {
            edges += g.ties().getEdgesOut(node).size();
        }
        assertEquals(n * (n - 1) / 2, edges);
        assertTrue(g.groupsWithoutEdges().isEmpty());
    }

    @Test
    void aGroupOverTheCapHasNoEdgesAndIsNamed() {
        ActorGraph g = new ActorGraph(GuiFixture.oneGroup(ActorGraph.GROUP_EDGE_CAP + 1), new StageView());
        for (Object node : g.nodes()) {
            assertEquals(0, g.ties().getEdgesOut(node).size());
        }
        assertEquals(Map.of("G", ActorGraph.GROUP_EDGE_CAP + 1), g.groupsWithoutEdges());
    }
}
