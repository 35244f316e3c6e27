package org.negsim.power;

import java.util.ArrayList;
import java.util.List;
import org.negsim.rules.Tally;
import org.negsim.rules.VoteRule;

/**
 * An independent reference for the tests: asks the rule itself about every coalition (a tally
 * with the coalition voting yes and everyone else no, its weight summed in doubles), counts swings
 * over all 2^n coalitions and Shapley–Shubik pivots over all n! orderings. Only for small n.
 */
final class BruteForcePower {

    final double[] penrose;
    final double[] banzhaf;
    final double[] shapleyShubik;
    final long winning;

    BruteForcePower(VoteRule rule, double[] w) {
        int n = w.length;
        double total = 0;
        for (double x : w) {
            total += x;
        }
        boolean[] wins = new boolean[1 << n];
        for (int s = 0; s < 1 << n; s++) {
            int yes = Integer.bitCount(s);
            double yw = 0;
            for (int i = 0; i < n; i++) {
                if ((s >> i & 1) == 1) {
                    yw += w[i];
                }
            }
            boolean weighted = rule.weightName() != null;
            wins[s] = rule.adopts(new Tally(n, yes, n - yes, 0, weighted ? yw : 0.0, weighted ? total : 0.0));
        }
        long win = 0;
        long[] swings = new long[n];
        for (int s = 0; s < 1 << n; s++) {
            if (wins[s]) {
                win++;
            }
            for (int i = 0; i < n; i++) {
                if ((s >> i & 1) == 0 && wins[s | 1 << i] && !wins[s]) {
                    swings[i]++;
                }
            }
        }
        long allSwings = 0;
        for (long x : swings) {
            allSwings += x;
        }
        long[] pivots = new long[n];
        long orderings = 0;
        for (int[] order : permutations(n)) {
            orderings++;
            int s = 0;
            if (wins[0]) {
                continue;
            }
            for (int i : order) {
                s |= 1 << i;
                if (wins[s]) {
                    pivots[i]++;
                    break;
                }
            }
        }
        penrose = new double[n];
        banzhaf = new double[n];
        shapleyShubik = new double[n];
        for (int i = 0; i < n; i++) {
            penrose[i] = swings[i] / Math.pow(2, n - 1);
            banzhaf[i] = allSwings == 0 ? Double.NaN : (double) swings[i] / allSwings;
            shapleyShubik[i] = (double) pivots[i] / orderings;
        }
        winning = win;
    }

    static List<int[]> permutations(int n) {
        List<int[]> out = new ArrayList<>();
        permute(new int[n], new boolean[n], 0, out);
        return out;
    }

    private static void permute(int[] prefix, boolean[] used, int depth, List<int[]> out) {
        if (depth == prefix.length) {
            out.add(prefix.clone());
            return;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!used[i]) {
                used[i] = true;
                prefix[depth] = i;
                permute(prefix, used, depth + 1, out);
                used[i] = false;
            }
        }
    }
}
