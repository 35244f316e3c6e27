package org.negsim.gui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negsim.engine.StageActors;
import org.negsim.engine.StageOutcome;
import org.negsim.model.Actor;
import org.negsim.model.Issue;

/**
 * One actor as the network display draws it and as MASON's inspector shows it: a read-only bean
 * whose getters {@code sim.util.SimpleProperties} lists (id, name, kind, groups, member, decision,
 * decision round, capability, gain, position per issue). Every getter reads the stage on display
 * at the time of the call, so an open inspector follows the run round by round.
 */
public final class ActorNode {

    private final int index;
    private final Actor actor;
    private final List<Issue> issues;
    private final StageView view;

    ActorNode(int index, Actor actor, List<Issue> issues, StageView view) {
        this.index = index;
        this.actor = actor;
        this.issues = issues;
        this.view = view;
    }

    /** Index of the actor in scenario order. */
    int index() {
        return index;
    }

    /** The actor's scenario definition. */
    Actor actor() {
        return actor;
    }

    /** The actor's id. */
    public String getId() {
        return actor.id();
    }

    /** The actor's name. */
    public String getName() {
        return actor.name();
    }

    /** The actor's kind ({@code state}, {@code firm}, ...). */
    public String getKind() {
        return actor.kind();
    }

    /** The actor's groups, comma-separated in scenario order; empty when it has none. */
    public String getGroups() {
        return String.join(", ", actor.groups());
    }

    /** Whether the actor is a member of the stage on display (false before the run started). */
    public boolean isMember() {
        StageActors s = view.current();
        return s != null && s.member(index);
    }

    /**
     * {@code joined} or {@code none} in an open declaration; {@code yes}, {@code no} or
     * {@code abstain} (this round's vote) in a vote stage; {@code none} for non-members and before
     * the run started.
     */
    public String getDecision() {
        StageActors s = view.current();
        return s == null ? "none" : s.decision(index);
    }

    /** Round of joining (0 for founders) or of the vote; −1 when the decision is {@code none}. */
    public int getDecisionRound() {
        StageActors s = view.current();
        return s == null ? StageOutcome.NOT_APPLICABLE : s.decisionRound(index);
    }

    /** Capability ≥ 0 (the node's area in the display is proportional to it). */
    public double getCapability() {
        return actor.capability();
    }

    /**
     * G_i = U_i(text) − U_i(status quo) of the stage's current text with the actor's current
     * positions; NaN before the run started.
     */
    public double getGain() {
        StageActors s = view.current();
        return s == null ? Double.NaN : s.gain(index);
    }

    /** The actor's current position per issue id, in issue order, each in [0, 1]. */
    public Map<String, Double> getPosition() {
        StageActors s = view.current();
        Map<String, Double> p = new LinkedHashMap<>();
        for (int d = 0; d < issues.size(); d++) {
            p.put(issues.get(d).id(), s == null ? actor.position()[d] : s.position(index, d));
        }
        return Collections.unmodifiableMap(p);
    }

    @Override
    public String toString() {
        return actor.id().equals(actor.name()) ? actor.id() : actor.id() + " (" + actor.name() + ")";
    }
}
