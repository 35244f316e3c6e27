package org.negsim.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negsim.model.Actor;
import org.negsim.model.Scenario;
import org.negsim.model.Tie;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * The actors of a scenario laid out for the network display: one {@link ActorNode} per actor on a
 * circle, grouped by kind (kinds in sorted order, clockwise from the top, one empty slot between
 * kinds; within a kind by first group, then in scenario order, so that blocs sit together), in a
 * {@link Continuous2D} of {@value #SIZE} × {@value #SIZE} units; and the influence ties as edges of
 * a MASON {@link Network}: every explicit tie, a tie to its home for every actor with one when
 * {@code behavior.homeTieWeight} &gt; 0, and, when {@code behavior.groupTieWeight} &gt; 0, one edge
 * per pair of actors sharing a group — but only for groups of at most {@value #GROUP_EDGE_CAP}
 * actors, since a large bloc would cover the display with its n(n−1)/2 chords. Node diameters grow
 * with the square root of capability (area ∝ capability). Built once per console; the layout does
 * not change during a run.
 */
final class ActorGraph {

    /** Width and height of the layout, in field units. */
    static final double SIZE = 100.0;
    /** Radius of the circle of actors, in field units. */
    static final double RADIUS = 38.0;
    /** Groups with more actors than this have no edges drawn for their group ties. */
    static final int GROUP_EDGE_CAP = 30;
    /** Actors' ids are written beside the nodes only up to this many actors. */
    static final int LABEL_CAP = 60;

    /** What kind of influence an edge stands for. */
    enum TieKind { EXPLICIT, HOME, GROUP }

    /**
     * The information of one edge of {@link #ties()}: its kind and weight (for a group edge, the
     * weight of the tie in each direction per shared group; the group's name in {@code group}).
     */
    record TieInfo(TieKind kind, double weight, String group) {
        @Override
        public String toString() {
            return switch (kind) {
                case EXPLICIT -> "tie, weight " + weight;
                case HOME -> "home tie, weight " + weight;
                case GROUP -> "group " + group + ", weight " + weight + " each way";
            };
        }
    }

    private final List<ActorNode> nodes;
    private final double[] angle;
    private final double[] diameter;
    private final Continuous2D layout;
    private final Network ties;
    private final Map<String, Double2D> kindLabels;
    private final Map<String, Integer> groupsWithoutEdges;

    ActorGraph(Scenario scenario, StageView view) {
        List<Actor> actors = scenario.actors();
        int n = actors.size();
        nodes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            nodes.add(new ActorNode(i, actors.get(i), scenario.issues(), view));
        }
        angle = new double[n];
        diameter = new double[n];
        layout = new Continuous2D(5.0, SIZE, SIZE);
        kindLabels = new LinkedHashMap<>();
        placeOnCircle(scenario);
        sizeByCapability(actors);
        ties = new Network(true);
        groupsWithoutEdges = new LinkedHashMap<>();
        addTies(scenario);
    }

    private void placeOnCircle(Scenario scenario) {
        List<String> kinds = List.copyOf(scenario.kinds());
        int gaps = kinds.size() > 1 ? kinds.size() : 0;
        double slots = nodes.size() + gaps;
        int slot = 0;
        for (String kind : kinds) {
            List<ActorNode> ofKind = new ArrayList<>();
            for (ActorNode node : nodes) {
                if (node.actor().kind().equals(kind)) {
                    ofKind.add(node);
                }
            }
            ofKind.sort(Comparator.comparing((ActorNode a) -> a.actor().groups().isEmpty()
                    ? "\uffff" : a.actor().groups().get(0)));
            int first = slot;
            for (ActorNode node : ofKind) {
                double a = 2.0 * Math.PI * slot / slots - Math.PI / 2.0;
                angle[node.index()] = a;
                layout.setObjectLocation(node, onCircle(a, RADIUS));
                slot++;
            }
            double mid = 2.0 * Math.PI * (first + slot - 1) / 2.0 / slots - Math.PI / 2.0;
            // a single kind is named in the middle of the circle, where no actor's id is written
            kindLabels.put(kind, kinds.size() == 1 ? new Double2D(SIZE / 2.0, SIZE / 2.0) : onCircle(mid, RADIUS + 8.0));
            if (gaps > 0) {
                slot++;
            }
        }
    }

    private static Double2D onCircle(double angle, double radius) {
        return new Double2D(SIZE / 2.0 + radius * Math.cos(angle), SIZE / 2.0 + radius * Math.sin(angle));
    }

    private void sizeByCapability(List<Actor> actors) {
        double spacing = 2.0 * Math.PI * RADIUS / (actors.size() + 1);
        double base = Math.max(0.8, Math.min(4.0, 0.8 * spacing));
        double max = 0.0;
        for (Actor a : actors) {
            max = Math.max(max, a.capability());
        }
        for (int i = 0; i < actors.size(); i++) {
            double c = actors.get(i).capability();
            diameter[i] = max > 0.0 ? base * (1.0 + 2.0 * Math.sqrt(c / max)) : base;
        }
    }

    private void addTies(Scenario scenario) {
        Map<String, ActorNode> byId = new LinkedHashMap<>();
        for (ActorNode node : nodes) {
            byId.put(node.getId(), node);
            ties.addNode(node);
        }
        for (Tie t : scenario.ties()) {
            ties.addEdge(byId.get(t.from()), byId.get(t.to()), new TieInfo(TieKind.EXPLICIT, t.weight(), null));
        }
        double home = scenario.behavior().homeTieWeight();
        if (home > 0.0) {
            for (ActorNode node : nodes) {
                String h = node.actor().home();
                if (h != null) {
                    ties.addEdge(node, byId.get(h), new TieInfo(TieKind.HOME, home, null));
                }
            }
        }
        double group = scenario.behavior().groupTieWeight();
        if (group > 0.0) {
            Map<String, List<ActorNode>> members = new LinkedHashMap<>();
            for (ActorNode node : nodes) {
                for (String g : node.actor().groups()) {
                    members.computeIfAbsent(g, k -> new ArrayList<>()).add(node);
                }
            }
            members.forEach((g, list) -> {
                if (list.size() > GROUP_EDGE_CAP) {
                    groupsWithoutEdges.put(g, list.size());
                    return;
                }
                for (int a = 0; a < list.size(); a++) {
                    for (int b = a + 1; b < list.size(); b++) {
                        ties.addEdge(list.get(a), list.get(b), new TieInfo(TieKind.GROUP, group, g));
                    }
                }
            });
        }
    }

    /** The actors in scenario order. */
    List<ActorNode> nodes() {
        return nodes;
    }

    /** The actors' places: every {@link ActorNode} at its point on the circle. */
    Continuous2D layout() {
        return layout;
    }

    /** The ties drawn, as edges between {@link ActorNode}s with {@link TieInfo} as their info. */
    Network ties() {
        return ties;
    }

    /** Angle of actor i on the circle, in radians (−π/2 is the top, growing clockwise on screen). */
    double angle(int i) {
        return angle[i];
    }

    /** Diameter of actor i's node, in field units. */
    double diameter(int i) {
        return diameter[i];
    }

    /** Where each kind's name is written: outside the circle, at the middle of its arc. */
    Map<String, Double2D> kindLabels() {
        return kindLabels;
    }

    /** The groups whose group ties are not drawn, with their number of actors, in order of first appearance. */
    Map<String, Integer> groupsWithoutEdges() {
        return groupsWithoutEdges;
    }
}
