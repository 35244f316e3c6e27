package org.negsim.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.negsim.model.Actor;
import org.negsim.model.Selector;
import org.negsim.model.Stage;

/**
 * The running state of one executed stage: membership, the text, who supports it, and the
 * per-round decision and tally. Subclasses implement the two kinds of stage (vote, open
 * declaration). Not thread-safe: one instance per stage of one run.
 */
abstract class StageProcess implements StageActors {

    final Stage stage;
    final Population population;
    final boolean[] member;
    final int memberCount;
    /** The text on the table, one value per issue. */
    final double[] text;
    /** a_j at the end of the previous round (founders before round 1). */
    final boolean[] support;
    /** The last round played (0 before the first). */
    int round;
    boolean succeeded;
    int successRound = StageOutcome.NOT_APPLICABLE;
    /** Total weight of the members per weight name (the share denominators). */
    final double[] memberWeight;

    StageProcess(Stage stage, Population population, double[] initialText) {
        this.stage = stage;
        this.population = population;
        this.member = select(stage.members(), population.actors);
        int m = 0;
        for (boolean b : member) {
            if (b) {
                m++;
            }
        }
        this.memberCount = m;
        this.text = initialText.clone();
        this.support = new boolean[population.size];
        this.memberWeight = new double[population.weight.length];
        for (int w = 0; w < memberWeight.length; w++) {
            double total = 0.0;
            for (int i = 0; i < population.size; i++) {
                if (member[i]) {
                    total += population.weight[w][i];
                }
            }
            memberWeight[w] = total;
        }
    }

    /** The actors matched by a selector, as a mask in scenario order. */
    static boolean[] select(Selector selector, List<Actor> actors) {
        boolean[] mask = new boolean[actors.size()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = selector.matches(actors.get(i));
        }
        return mask;
    }

    /** Index of every actor id. */
    static Map<String, Integer> indexById(List<Actor> actors) {
        Map<String, Integer> index = new HashMap<>(actors.size() * 2);
        for (int i = 0; i < actors.size(); i++) {
            index.put(actors.get(i).id(), i);
        }
        return index;
    }

    /** The round-0 record: the state before the first round. */
    abstract RoundRecord initialRecord();

    /**
     * Phase 2 of a round: the deciding actors decide (as {@code decisions} says), simultaneously, on the current positions and
     * on their peer support from the previous round's {@link #support}, which {@code network} computes
     * on demand (its {@link InfluenceNetwork#prepareSupport} must have run on {@link #support} this round).
     */
    abstract void decide(int round, InfluenceNetwork network, DecisionSource decisions);

    /** Phase 3: the rule tallies; returns the round's record. */
    abstract RoundRecord tally();

    /** Whether the stage is over after the current round. */
    abstract boolean finished();

    /** Phase 4: the chair's amendment after a failed vote (nothing for open declarations). */
    void amend() {
    }

    /** The stage's outcome, once finished. */
    abstract StageOutcome outcome();

    /** The support score z_i = G_i(x) + β_i·P_i − c_i of actor i on the current text ({@link DecisionKernel#score}). */
    double score(int i, double peer) {
        return DecisionKernel.score(population.gain(i, text), population.conformity[i], peer, population.signCost[i]);
    }

    /** Counts per kind and weight shares of the actors flagged in {@code supporting}. */
    final int[] countByKind(boolean[] supporting) {
        int[] byKind = new int[population.kinds];
        for (int i = 0; i < population.size; i++) {
            if (supporting[i]) {
                byKind[population.kindIndex[i]]++;
            }
        }
        return byKind;
    }

    final double[] shareByWeight(boolean[] supporting) {
        double[] share = new double[memberWeight.length];
        for (int w = 0; w < share.length; w++) {
            double sum = 0.0;
            double[] weight = population.weight[w];
            for (int i = 0; i < population.size; i++) {
                if (supporting[i]) {
                    sum += weight[i];
                }
            }
            share[w] = memberWeight[w] > 0.0 ? sum / memberWeight[w] : Double.NaN;
        }
        return share;
    }

    static int count(boolean[] flags) {
        int n = 0;
        for (boolean b : flags) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** Mean |x_d − q_d| of the current text. */
    final double ambition() {
        double sum = 0.0;
        for (int d = 0; d < text.length; d++) {
            sum += Math.abs(text[d] - population.statusQuo[d]);
        }
        return sum / text.length;
    }

    // ---- StageActors, valid at the end of the stage ----

    @Override
    public int size() {
        return population.size;
    }

    @Override
    public Actor actor(int i) {
        return population.actors.get(i);
    }

    @Override
    public boolean member(int i) {
        return member[i];
    }

    @Override
    public double gain(int i) {
        return population.gain(i, text);
    }

    @Override
    public double position(int i, int d) {
        return population.position[i * population.issues + d];
    }
}
