package org.negsim.engine;

import java.util.List;
import java.util.SortedSet;
import org.negsim.model.Actor;
import org.negsim.model.Distance;
import org.negsim.model.Issue;
import org.negsim.model.Scenario;

/**
 * The actors' numeric state as flat arrays, indexed by actor i in scenario order and issue d in
 * issue order ({@code i * issues + d}). The MASON agents of a run index into these arrays instead of
 * holding their own state, so a round is a handful of linear passes over memory.
 * Not thread-safe: one instance per run.
 */
final class Population {

    /** Number of actors. */
    final int size;
    /** Number of issues. */
    final int issues;
    /** The actors as read from the scenario. */
    final List<Actor> actors;
    /** Initial positions p_i(0), the Friedkin–Johnsen anchor. */
    final double[] initialPosition;
    /** Current positions p_i(t); replaced by the Friedkin–Johnsen step's result every round. */
    double[] position;
    /** Normalised saliences (Σ_d = 1 per actor). */
    final double[] salience;
    final double[] capability;
    final double[] signCost;
    final double[] conformity;
    final double[] flexibility;
    final double[] temperature;
    final int[] availableFrom;
    /** Index of each actor's kind in {@link Scenario#kinds()}. */
    final int[] kindIndex;
    /** Number of kinds. */
    final int kinds;
    /** {@code weight[w][i]}: actor i's weight under the w-th name of {@link Scenario#weightNames()}. */
    final double[][] weight;
    /** Status quo q_d. */
    final double[] statusQuo;
    final Distance distance;
    /** b ≥ 0, the abstain band of votes and the withdrawal threshold −b. */
    final double abstainBand;
    /** w_self &gt; 0 of the Friedkin–Johnsen update. */
    final double selfWeight;

    Population(Scenario scenario) {
        this.actors = scenario.actors();
        this.size = actors.size();
        List<Issue> issueList = scenario.issues();
        this.issues = issueList.size();
        this.distance = scenario.behavior().distance();
        this.abstainBand = scenario.behavior().abstainBand();
        this.selfWeight = scenario.behavior().selfWeight();
        this.statusQuo = new double[issues];
        for (int d = 0; d < issues; d++) {
            statusQuo[d] = issueList.get(d).statusQuo();
        }
        SortedSet<String> kindNames = scenario.kinds();
        List<String> kindList = List.copyOf(kindNames);
        this.kinds = kindList.size();
        List<String> weightNames = List.copyOf(scenario.weightNames());
        this.initialPosition = new double[size * issues];
        this.position = new double[size * issues];
        this.salience = new double[size * issues];
        this.capability = new double[size];
        this.signCost = new double[size];
        this.conformity = new double[size];
        this.flexibility = new double[size];
        this.temperature = new double[size];
        this.availableFrom = new int[size];
        this.kindIndex = new int[size];
        this.weight = new double[weightNames.size()][size];
        for (int i = 0; i < size; i++) {
            Actor a = actors.get(i);
            System.arraycopy(a.position(), 0, initialPosition, i * issues, issues);
            System.arraycopy(a.salience(), 0, salience, i * issues, issues);
            capability[i] = a.capability();
            signCost[i] = a.signCost();
            conformity[i] = a.conformity();
            flexibility[i] = a.flexibility();
            temperature[i] = a.temperature();
            availableFrom[i] = a.availableFrom();
            kindIndex[i] = kindList.indexOf(a.kind());
            for (int w = 0; w < weightNames.size(); w++) {
                weight[w][i] = a.weight(weightNames.get(w));
            }
        }
        System.arraycopy(initialPosition, 0, position, 0, position.length);
    }

    /**
     * A population for a new run from a prepared one: shares every array that a run never changes
     * and starts from fresh positions p(0). The template is not modified.
     */
    Population(Population template) {
        this(template, template.signCost, template.conformity, template.flexibility, template.temperature);
    }

    /**
     * The template with its per-actor sign costs, conformities, flexibilities and temperatures
     * replaced (each array one entry per actor, not copied and never modified by a run); every other
     * array is shared. The template is not modified.
     */
    Population(Population template, double[] signCost, double[] conformity, double[] flexibility,
               double[] temperature) {
        this.size = template.size;
        this.issues = template.issues;
        this.actors = template.actors;
        this.initialPosition = template.initialPosition;
        this.position = template.initialPosition.clone();
        this.salience = template.salience;
        this.capability = template.capability;
        this.signCost = signCost;
        this.conformity = conformity;
        this.flexibility = flexibility;
        this.temperature = temperature;
        this.availableFrom = template.availableFrom;
        this.kindIndex = template.kindIndex;
        this.kinds = template.kinds;
        this.weight = template.weight;
        this.statusQuo = template.statusQuo;
        this.distance = template.distance;
        this.abstainBand = template.abstainBand;
        this.selfWeight = template.selfWeight;
    }

    /**
     * G_i(x) = U_i(x) − U_i(q) = Σ_d s_id · (|q_d − p_id|^k − |x_d − p_id|^k) with current positions.
     */
    double gain(int i, double[] text) {
        int base = i * issues;
        double[] pos = position;
        double g = 0.0;
        if (distance == Distance.LINEAR) {
            for (int d = 0; d < issues; d++) {
                double p = pos[base + d];
                g += salience[base + d] * (Math.abs(statusQuo[d] - p) - Math.abs(text[d] - p));
            }
        } else {
            for (int d = 0; d < issues; d++) {
                double p = pos[base + d];
                double q = Math.abs(statusQuo[d] - p);
                double x = Math.abs(text[d] - p);
                g += salience[base + d] * (q * q - x * x);
            }
        }
        return g;
    }

    /** Whether actor i may join or vote yes in the given round. */
    boolean available(int i, int round) {
        return round >= availableFrom[i];
    }

    /**
     * The capability×salience-weighted mean position of the selected actors, per issue:
     * y_d = Σ c_i s_id p_id / Σ c_i s_id. Where the selected actors weigh nothing on an issue,
     * {@code fallback[d]} is returned for it.
     */
    double[] weightedMeanPosition(boolean[] selected, double[] fallback) {
        double[] num = new double[issues];
        double[] den = new double[issues];
        for (int i = 0; i < size; i++) {
            if (!selected[i]) {
                continue;
            }
            int base = i * issues;
            for (int d = 0; d < issues; d++) {
                double w = capability[i] * salience[base + d];
                num[d] += w * position[base + d];
                den[d] += w;
            }
        }
        double[] y = new double[issues];
        for (int d = 0; d < issues; d++) {
            y[d] = den[d] > 0.0 ? num[d] / den[d] : fallback[d];
        }
        return y;
    }
}
