package org.negsim.fit;

import java.util.List;
import org.negsim.engine.PreparedScenario;
import org.negsim.model.Actor;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.model.When;

/**
 * Whether a record fixes the history that its likelihood depends on (docs/model.md, "The likelihood
 * of a record"). The likelihood is exact when every decision the record leaves open — members
 * without a row, joins known only to an interval, votes of rounds without a row — can change no
 * recorded actor's probabilities (a member absent from a vote stage, or before its
 * {@code availableFrom}, abstains with probability 1 and is not open): the actor influences no recorded actor of the stage through peer
 * support (or their conformity is 0 and not free), an interval actor's stage allows no withdrawal,
 * a vote stage's open decisions are in its last recorded round only, and no later recorded stage
 * depends on the stage's outcome. Otherwise it gives the first reason why not.
 */
final class Exactness {

    private Exactness() {
    }

    /** {@code null} when the exact likelihood applies, else the reason it does not, in one line. */
    static String reason(Scenario scenario, Record record, boolean conformityFree) {
        PreparedScenario prepared = PreparedScenario.of(scenario);
        List<Stage> stages = scenario.stages();
        List<Actor> actors = scenario.actors();
        int n = actors.size();
        int last = -1;
        for (Observation o : record.rows()) {
            last = Math.max(last, o.stage());
        }
        for (int s = 0; s <= last; s++) {
            Stage stage = stages.get(s);
            boolean[] hidden = new boolean[n];
            boolean[] modeled = new boolean[n];
            boolean anyHidden = false;
            int lastRound = 0;
            for (Observation o : record.rowsOf(s)) {
                lastRound = Math.max(lastRound, o.to());
                modeled[o.actor()] = true;
            }
            String firstHidden = null;
            for (int i = 0; i < n; i++) {
                Actor a = actors.get(i);
                if (!stage.members().matches(a) || stage.founders().contains(a.id())) {
                    continue;
                }
                boolean open;
                if (stage.isOpenDeclaration()) {
                    Observation o = record.of(s, i);
                    open = o == null || o.kind() == Observation.Kind.INTERVAL;
                    if (o != null && o.kind() == Observation.Kind.INTERVAL && stage.allowWithdrawal()) {
                        return "stage " + stage.id() + " allows withdrawal and " + a.id()
                                + " joined at an unknown round (line " + o.line() + ")";
                    }
                } else {
                    open = false;
                    // an absent member abstains with probability 1: its vote is fixed without a row
                    for (int r = 1; r <= lastRound && !stage.isAbsent(a); r++) {
                        if (record.vote(s, i, r) == null && r >= a.availableFrom()) {
                            open = true;
                            if (r < lastRound) {
                                return "the vote of " + a.id() + " in round " + r + " of " + stage.id()
                                        + " is not recorded, and the rounds after it depend on it";
                            }
                        }
                    }
                }
                if (open) {
                    hidden[i] = true;
                    anyHidden = true;
                    if (firstHidden == null) {
                        firstHidden = a.id();
                    }
                }
            }
            if (!anyHidden) {
                continue;
            }
            boolean[] influenced = prepared.influencedBy(hidden);
            int example = -1;
            for (int i = 0; i < n; i++) {
                if (modeled[i] && influenced[i] && (conformityFree || actors.get(i).conformity() != 0.0)
                        && (example < 0 || hidden[example] && !hidden[i])) {
                    example = i;
                }
            }
            if (example >= 0) {
                return "in " + stage.id() + " the decisions of some actors (first: " + firstHidden
                        + ") are not fully recorded and influence the peer support of recorded ones (e.g. "
                        + actors.get(example).id() + ")";
            }
            for (int t = s + 1; t <= last; t++) {
                boolean dependsOnOutcome = !stage.isOpenDeclaration() || stages.get(t).when() != When.ALWAYS;
                if (dependsOnOutcome && !record.rowsOf(t).isEmpty()) {
                    return "stage " + stages.get(t).id() + " depends on the outcome of " + stage.id()
                            + ", whose decisions are not fully recorded";
                }
            }
        }
        return null;
    }
}
