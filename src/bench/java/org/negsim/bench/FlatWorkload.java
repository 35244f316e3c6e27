package org.negsim.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.negsim.model.Actor;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;

/**
 * What both floors ({@link FloorRound}, {@link RandomTieFloor}) read of a {@link LargeScenario}
 * workload, as flat arrays: per-issue values actor-major (actor i, issue d at {@code i·issues + d}),
 * per-actor values in scenario order, the first stage's text and founder, and w_self.
 */
abstract class FlatWorkload {

    final int n;
    final int issues;
    final int rounds;
    final double[] statusQuo;
    final double[] text;
    /** p_i(0), actor-major. */
    final double[] initial;
    /** s_id, actor-major. */
    final double[] salience;
    final double[] signCost;
    final double[] conformity;
    final double[] flexibility;
    final double[] temperature;
    final int[] availableFrom;
    /** Whether actor i is of kind {@code state}. */
    final boolean[] state;
    /** Actor i's {@code emissions} weight. */
    final double[] emissions;
    final int states;
    final double totalEmissions;
    /** Index of the first stage's (single) founder. */
    final int founder;
    final double selfWeight;
    /** Scenario index of every actor id. */
    final Map<String, Integer> index;

    FlatWorkload(Scenario scenario) {
        Stage stage = scenario.stages().get(0);
        List<Actor> actors = scenario.actors();
        n = actors.size();
        issues = scenario.issues().size();
        rounds = stage.rounds();
        selfWeight = scenario.behavior().selfWeight();
        statusQuo = new double[issues];
        for (int d = 0; d < issues; d++) {
            statusQuo[d] = scenario.issues().get(d).statusQuo();
        }
        text = stage.text().values().clone();
        initial = new double[n * issues];
        salience = new double[n * issues];
        signCost = new double[n];
        conformity = new double[n];
        flexibility = new double[n];
        temperature = new double[n];
        availableFrom = new int[n];
        state = new boolean[n];
        emissions = new double[n];
        index = new HashMap<>(2 * n);
        int stateCount = 0;
        double emissionTotal = 0.0;
        for (int i = 0; i < n; i++) {
            Actor a = actors.get(i);
            index.put(a.id(), i);
            System.arraycopy(a.position(), 0, initial, i * issues, issues);
            System.arraycopy(a.salience(), 0, salience, i * issues, issues);
            signCost[i] = a.signCost();
            conformity[i] = a.conformity();
            flexibility[i] = a.flexibility();
            temperature[i] = a.temperature();
            availableFrom[i] = a.availableFrom();
            state[i] = a.kind().equals("state");
            stateCount += state[i] ? 1 : 0;
            emissions[i] = a.weight("emissions");
            emissionTotal += emissions[i];
        }
        states = stateCount;
        totalEmissions = emissionTotal;
        founder = index.get(stage.founders().get(0));
    }
}
