package org.negsim.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of the model's probabilities for recorded decisions (docs/fit.md): the Brier score (mean
 * over decisions of Σ_c (p_c − o_c)², 0 best), the log score (mean ln p of the recorded outcome, 0
 * best) and the share predicted correctly (the most probable outcome is the recorded one), each
 * beside a no-information baseline that gives every decision of a type (join-or-not, leave-or-not,
 * vote) the training set's frequencies, smoothed by adding one half to each count.
 */
public final class Scores {

    /** Scores of one sample. */
    public record Sample(int decisions, double brier, double logScore, double correct,
                         double baselineBrier, double baselineLogScore, double baselineCorrect) {
    }

    /** One scored decision; averaged over the replays when the likelihood is simulated. */
    static final class Unit {
        final int actor;
        final double[] probs;
        final int observed;
        int replays;

        Unit(int actor, int categories, int observed) {
            this.actor = actor;
            this.probs = new double[categories];
            this.observed = observed;
        }
    }

    /** Collects the units of one or more replays, keyed by stage, round, actor. */
    static final class Collector implements UnitSink {
        final Map<String, Unit> units = new LinkedHashMap<>();

        @Override
        public void unit(int stage, int round, int actor, double[] probs, int observed) {
            Unit u = units.computeIfAbsent(stage + ":" + round + ":" + actor, key -> new Unit(actor, probs.length, observed));
            for (int c = 0; c < probs.length; c++) {
                u.probs[c] += probs[c];
            }
            u.replays++;
        }
    }

    private Scores() {
    }

    /** Scores of the units of the actors flagged in {@code sample}, with a baseline from those flagged in {@code training}. */
    static Sample of(Collector collector, boolean[] sample, boolean[] training) {
        double[][] freq = baseline(collector, training);
        int n = 0;
        double brier = 0;
        double log = 0;
        double correct = 0;
        double bBrier = 0;
        double bLog = 0;
        double bCorrect = 0;
        for (Unit u : collector.units.values()) {
            if (!sample[u.actor]) {
                continue;
            }
            double[] p = new double[u.probs.length];
            for (int c = 0; c < p.length; c++) {
                p[c] = u.probs[c] / u.replays;
            }
            double[] b = freq[p.length];
            n++;
            brier += brier(p, u.observed);
            bBrier += brier(b, u.observed);
            log += Math.log(p[u.observed]);
            bLog += Math.log(b[u.observed]);
            correct += argmax(p) == u.observed ? 1 : 0;
            bCorrect += argmax(b) == u.observed ? 1 : 0;
        }
        if (n == 0) {
            return new Sample(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Sample(n, brier / n, log / n, correct / n, bBrier / n, bLog / n, bCorrect / n);
    }

    /** Per number of categories (2 or 3), the training frequencies of the outcomes, plus one half each. */
    private static double[][] baseline(Collector collector, boolean[] training) {
        double[][] count = new double[4][];
        count[2] = new double[] {0.5, 0.5};
        count[3] = new double[] {0.5, 0.5, 0.5};
        List<Unit> units = new ArrayList<>(collector.units.values());
        for (Unit u : units) {
            if (training[u.actor]) {
                count[u.probs.length][u.observed] += 1;
            }
        }
        for (int k = 2; k <= 3; k++) {
            double total = 0;
            for (double c : count[k]) {
                total += c;
            }
            for (int c = 0; c < k; c++) {
                count[k][c] /= total;
            }
        }
        return count;
    }

    private static double brier(double[] p, int observed) {
        double s = 0;
        for (int c = 0; c < p.length; c++) {
            double d = p[c] - (c == observed ? 1 : 0);
            s += d * d;
        }
        return s;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }
}
