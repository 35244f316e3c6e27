package org.negsim.engine;

import java.util.Arrays;
import java.util.List;
import org.negsim.model.Actor;
import org.negsim.model.Measure;
import org.negsim.model.Scenario;

/**
 * The measures of a scenario prepared for computing: per measure its stage's index and the indices
 * of its selected actors (and, for a share, their weights), found once per scenario. Computing the
 * measures of a stage costs time proportional to the selected actors of that stage's measures only;
 * a scenario without measures costs nothing. Immutable and thread-safe.
 */
final class MeasureSet {

    private final List<Measure> measures;
    private final int[] stageIndex;
    private final int[][] selected;
    /** Per measure, the selected actors' weights (share only, else null). */
    private final double[][] weights;
    private final double[] totalWeight;

    MeasureSet(Scenario scenario) {
        this.measures = scenario.measures();
        int n = measures.size();
        stageIndex = new int[n];
        selected = new int[n][];
        weights = new double[n][];
        totalWeight = new double[n];
        List<Actor> actors = scenario.actors();
        for (int m = 0; m < n; m++) {
            Measure measure = measures.get(m);
            stageIndex[m] = indexOfStage(scenario, measure.stage());
            selected[m] = java.util.stream.IntStream.range(0, actors.size())
                    .filter(i -> measure.of().matches(actors.get(i))).toArray();
            if (measure.what() == Measure.What.SHARE) {
                weights[m] = new double[selected[m].length];
                for (int k = 0; k < selected[m].length; k++) {
                    weights[m][k] = actors.get(selected[m][k]).weight(measure.weight());
                    totalWeight[m] += weights[m][k];
                }
            }
        }
    }

    private static int indexOfStage(Scenario scenario, String id) {
        for (int s = 0; s < scenario.stages().size(); s++) {
            if (scenario.stages().get(s).id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("measure of unknown stage " + id);
    }

    /** Whether there are no measures. */
    boolean isEmpty() {
        return measures.isEmpty();
    }

    /** One NaN per measure: the values of a stage that did not run. */
    double[] none() {
        double[] values = new double[measures.size()];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    /**
     * The values at the end of stage {@code stage} (its index in the scenario), read from the
     * finished stage {@code actors}: the value of each measure of this stage, NaN for the others.
     */
    double[] at(int stage, StageActors actors) {
        double[] values = none();
        for (int m = 0; m < values.length; m++) {
            if (stageIndex[m] == stage) {
                values[m] = value(m, actors);
            }
        }
        return values;
    }

    private double value(int m, StageActors actors) {
        int[] sel = selected[m];
        Measure.What what = measures.get(m).what();
        switch (what) {
            case PIVOTAL -> {
                return Double.NaN;    // an analysis over the finished stage: filled in by io.PivotalMeasures
            }
            case DECISION_ROUND -> {
                int round = actors.decisionRound(sel[0]);
                return round == StageOutcome.NOT_APPLICABLE ? Double.NaN : round;
            }
            case YES, NO, ABSTAIN -> {
                String word = what.word();
                int n = 0;
                for (int i : sel) {
                    if (actors.decision(i).equals(word)) {
                        n++;
                    }
                }
                return n;
            }
            case SHARE -> {
                double sum = 0.0;
                for (int k = 0; k < sel.length; k++) {
                    if (supports(actors, sel[k])) {
                        sum += weights[m][k];
                    }
                }
                return totalWeight[m] > 0.0 ? sum / totalWeight[m] : Double.NaN;
            }
            default -> {
                int n = 0;
                for (int i : sel) {
                    if (supports(actors, i)) {
                        n++;
                    }
                }
                return what == Measure.What.JOINED ? n : sel.length == 0 ? Double.NaN : (double) n / sel.length;
            }
        }
    }

    /** Joined an open declaration, or voted yes in a vote's last round. */
    private static boolean supports(StageActors actors, int i) {
        String d = actors.decision(i);
        return d.equals("joined") || d.equals("yes");
    }
}
