package org.negsim.power;

import ec.util.MersenneTwisterFast;
import org.negsim.stats.WilsonInterval;

/**
 * Seeded Monte Carlo estimates, for games whose exact counts are out of reach. From N coalitions
 * drawn uniformly (each player in with probability 1/2): player i swings in the drawn coalition S
 * when S ∪ {i} wins and S \ {i} loses — a Bernoulli draw with mean i's Penrose measure, since
 * S \ {i} is uniform over the coalitions of the others; the share of winning draws estimates the
 * share of winning coalitions. From N orderings drawn uniformly (Fisher–Yates): the player who
 * first makes the growing coalition win is pivotal — a Bernoulli draw with mean i's Shapley–Shubik
 * index. Penrose, Shapley–Shubik and the winning share get 95 % Wilson intervals; the normalised
 * Banzhaf index (a ratio of two means over the same draws) a 95 % delta-method interval.
 * A pure function of (game, N, seed). Stateless.
 */
final class MonteCarloPower {

    private MonteCarloPower() {
    }

    /** The estimates from {@code samples} ≥ 1 coalitions and as many orderings, drawn with {@code seed}. */
    static PowerTable estimate(CoalitionGame g, long samples, long seed, String why) {
        if (samples < 1) {
            throw new IllegalArgumentException("need at least one sample, got " + samples);
        }
        int n = g.size();
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = g.weight(i);
        }
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        long[] swings = new long[n];
        double[] swingsTimesTotal = new double[n];
        double sumTotal = 0;
        double sumTotalSquared = 0;
        long winning = 0;
        boolean[] in = new boolean[n];
        boolean[] swing = new boolean[n];
        for (long s = 0; s < samples; s++) {
            int k = 0;
            long w = 0;
            for (int i = 0; i < n; i++) {
                in[i] = random.nextBoolean();
                if (in[i]) {
                    k++;
                    w += a[i];
                }
            }
            boolean wins = g.wins(k, w);
            if (wins) {
                winning++;
            }
            int total = 0;
            for (int i = 0; i < n; i++) {
                swing[i] = in[i] ? wins && !g.wins(k - 1, w - a[i]) : !wins && g.wins(k + 1, w + a[i]);
                if (swing[i]) {
                    swings[i]++;
                    total++;
                }
            }
            for (int i = 0; i < n; i++) {
                if (swing[i]) {
                    swingsTimesTotal[i] += total;
                }
            }
            sumTotal += total;
            sumTotalSquared += (double) total * total;
        }
        long[] pivotal = new long[n];
        int[] order = new int[n];
        for (long s = 0; s < samples; s++) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int x = order[i];
                order[i] = order[j];
                order[j] = x;
            }
            if (g.wins(0, 0)) {
                continue;
            }
            long w = 0;
            for (int k = 1; k <= n; k++) {
                int i = order[k - 1];
                w += a[i];
                if (g.wins(k, w)) {
                    pivotal[i]++;
                    break;
                }
            }
        }
        double nSamples = samples;
        double[] penrose = new double[n];
        double[] banzhaf = new double[n];
        double[] shapley = new double[n];
        PowerTable.Interval[] penroseCi = new PowerTable.Interval[n];
        PowerTable.Interval[] banzhafCi = new PowerTable.Interval[n];
        PowerTable.Interval[] shapleyCi = new PowerTable.Interval[n];
        double meanTotal = sumTotal / nSamples;
        double meanTotalSquared = sumTotalSquared / nSamples;
        for (int i = 0; i < n; i++) {
            penrose[i] = swings[i] / nSamples;
            penroseCi[i] = PowerTable.Interval.of(WilsonInterval.of(swings[i], samples));
            shapley[i] = pivotal[i] / nSamples;
            shapleyCi[i] = PowerTable.Interval.of(WilsonInterval.of(pivotal[i], samples));
            if (meanTotal > 0) {
                double r = penrose[i] / meanTotal;
                // Var(X − rY) = E[X] − 2r·E[XY] + r²·E[Y²] − (E[X] − r·E[Y])², the last term 0 at r = E[X]/E[Y]
                double var = penrose[i] - 2 * r * swingsTimesTotal[i] / nSamples
                        + r * r * meanTotalSquared;
                double half = WilsonInterval.Z95 * Math.sqrt(Math.max(0, var) / nSamples) / meanTotal;
                banzhaf[i] = r;
                banzhafCi[i] = new PowerTable.Interval(Math.max(0, r - half), Math.min(1, r + half));
            } else {
                banzhaf[i] = Double.NaN;
                banzhafCi[i] = new PowerTable.Interval(Double.NaN, Double.NaN);
            }
        }
        WilsonInterval share = WilsonInterval.of(winning, samples);
        return new PowerTable(g.players(), penrose, banzhaf, shapley, null, share.rate(),
                new PowerTable.Estimate(samples, seed, penroseCi, banzhafCi, shapleyCi,
                        PowerTable.Interval.of(share), why), PowerTable.Method.MONTE_CARLO);
    }
}
