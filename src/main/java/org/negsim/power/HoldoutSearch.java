package org.negsim.power;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The fewest holdouts of a failed declaration whose joining would meet every condition: iterative
 * deepening over the set size from a lower bound (the most any one condition needs on its own),
 * each size searched depth first through the holdouts in their given (largest-first) order,
 * including before excluding, so the first set found is the smallest and, among the smallest, the
 * first in that order. A branch is cut when some unmet condition cannot be met even by the best
 * remaining holdouts (a count by the matching ones left, a weight by the heaviest ones left); a
 * holdout that matches no unmet condition is never needed. After {@link #MAX_NODES} nodes the search
 * (each holdout considered, in the search or in a bound, counts as one) stops and a greedy set is returned instead (holdouts in order that help an unmet condition, then
 * every one that is not needed dropped), marked not proven. Not thread-safe; one use.
 */
final class HoldoutSearch {

    /** The node budget of the exact search. */
    static final int MAX_NODES = 200_000;
    /** Relative slack of the weight bound, so that no set is cut for rounding (the final test is exact). */
    private static final double SLACK = 1e-9;

    private final DeclarationConditions d;
    private final int[] holdout;
    private final int conditions;
    private final int[] count;
    private final BigDecimal[] weight;
    /**
     * {@code weight[k].doubleValue()} when {@code !stale[k]}: the tests read it many times per change,
     * and the conversion (through the decimal's digits) costs far more than the sum.
     */
    private final double[] weightValue;
    private final boolean[] stale;
    /** Per condition the holdout positions that match it, heaviest first (weight conditions). */
    private final int[][] heaviest;
    private final double[][] weightOf;
    private final int[][] matchingFrom;
    private int nodes;
    private boolean proven = true;

    private final int maxNodes;

    HoldoutSearch(DeclarationConditions d, List<Integer> holdouts) {
        this(d, holdouts, MAX_NODES);
    }

    /** A search with its own node budget (tests). */
    HoldoutSearch(DeclarationConditions d, List<Integer> holdouts, int maxNodes) {
        this.maxNodes = maxNodes;
        this.d = d;
        this.holdout = holdouts.stream().mapToInt(Integer::intValue).toArray();
        this.conditions = d.conditions();
        int m = holdout.length;
        count = new int[conditions];
        weight = new BigDecimal[conditions];
        weightValue = new double[conditions];
        stale = new boolean[conditions];
        heaviest = new int[conditions][];
        weightOf = new double[conditions][m];
        matchingFrom = new int[conditions][m + 1];
        for (int k = 0; k < conditions; k++) {
            count[k] = d.joinedCount(k);
            weight[k] = d.joinedWeight(k);
            weightValue[k] = weight[k].doubleValue();
            for (int p = m - 1; p >= 0; p--) {
                boolean match = d.matches(k, holdout[p]);
                matchingFrom[k][p] = matchingFrom[k][p + 1] + (match ? 1 : 0);
                weightOf[k][p] = match ? d.weightValue(k, holdout[p]) : 0.0;
            }
            int kk = k;
            heaviest[k] = IntStream.range(0, m).filter(p -> d.matches(kk, holdout[p])).boxed()
                    .sorted(Comparator.comparingDouble((Integer p) -> -weightOf[kk][p])).mapToInt(Integer::intValue)
                    .toArray();
        }
    }

    /** Whether the last {@link #fewest} result is proven the smallest. */
    boolean proven() {
        return proven;
    }

    /** The actors (scenario indices) to add, in holdout order, or null when even all holdouts fall short. */
    List<Integer> fewest() {
        int m = holdout.length;
        int[] all = IntStream.range(0, m).toArray();
        if (!holdsWith(all)) {
            return null;
        }
        if (allHold()) {
            return List.of();
        }
        int[] chosen = new int[m];
        for (int size = Math.max(1, lowerBound()); size <= m; size++) {
            int found = search(0, 0, size, chosen);
            if (found > 0) {
                return actors(Arrays.copyOf(chosen, found));
            }
            if (nodes > maxNodes) {
                proven = false;
                return greedy();
            }
        }
        throw new IllegalStateException("all holdouts meet the conditions, yet no smaller set was found");
    }

    private int search(int from, int depth, int size, int[] chosen) {
        if (allHold()) {
            return depth;
        }
        if (depth == size || ++nodes > maxNodes || !reachable(from, size - depth)) {
            return 0;
        }
        for (int p = from; p < holdout.length; p++) {
            if (++nodes > maxNodes) {
                return 0;
            }
            if (!helps(p)) {
                continue;
            }
            add(p, 1);
            chosen[depth] = p;
            int found = search(p + 1, depth + 1, size, chosen);
            add(p, -1);
            if (found > 0) {
                return found;
            }
            if (nodes > maxNodes) {
                return 0;
            }
        }
        return 0;
    }

    /** Whether every unmet condition can still be met with {@code slots} holdouts from position {@code from}. */
    private boolean reachable(int from, int slots) {
        for (int k = 0; k < conditions; k++) {
            if (d.holds(k, count[k], value(k))) {
                continue;
            }
            if (d.weighted(k)) {
                double best = value(k);
                int taken = 0;
                for (int p : heaviest[k]) {
                    if (taken == slots || ++nodes > maxNodes) {
                        break;
                    }
                    if (p >= from) {
                        best += weightOf[k][p];
                        taken++;
                    }
                }
                if (nodes <= maxNodes && best < d.requiredWeight(k) * (1 - SLACK)) {
                    return false;
                }
            } else {
                int more = Math.min(slots, matchingFrom[k][from]);
                if (!d.holds(k, count[k] + more, value(k))) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean helps(int p) {
        for (int k = 0; k < conditions; k++) {
            if (d.matches(k, holdout[p]) && !d.holds(k, count[k], value(k))) {
                return true;
            }
        }
        return false;
    }

    private void add(int p, int sign) {
        for (int k = 0; k < conditions; k++) {
            if (d.matches(k, holdout[p])) {
                count[k] += sign;
                BigDecimal w = d.weight(k, holdout[p]);
                weight[k] = sign > 0 ? weight[k].add(w) : weight[k].subtract(w);
                stale[k] |= d.weighted(k);
            }
        }
    }

    /** The weight joined under condition k (if all chosen holdouts joined), as the nearest double. */
    private double value(int k) {
        if (stale[k]) {
            weightValue[k] = weight[k].doubleValue();
            stale[k] = false;
        }
        return weightValue[k];
    }

    private boolean allHold() {
        for (int k = 0; k < conditions; k++) {
            if (!d.holds(k, count[k], value(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean holdsWith(int[] positions) {
        for (int p : positions) {
            add(p, 1);
        }
        boolean ok = allHold();
        for (int p : positions) {
            add(p, -1);
        }
        return ok;
    }

    /** The most holdouts any one condition needs on its own. */
    private int lowerBound() {
        int bound = 0;
        for (int k = 0; k < conditions; k++) {
            int need = 0;
            if (d.weighted(k)) {
                // the fewest heaviest holdouts whose weight meets the share: a binary search over the exact
                // prefix sums (the test is monotone in the weight; converting every prefix would cost more)
                int[] order = heaviest[k];
                BigDecimal[] prefix = new BigDecimal[order.length + 1];
                prefix[0] = weight[k];
                for (int j = 0; j < order.length; j++) {
                    prefix[j + 1] = prefix[j].add(d.weight(k, holdout[order[j]]));
                }
                int lo = 0;
                int hi = order.length;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (d.holds(k, count[k], prefix[mid])) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                need = lo;
            } else {
                while (!d.holds(k, count[k] + need, value(k))) {
                    need++;
                }
            }
            bound = Math.max(bound, need);
        }
        return bound;
    }

    private List<Integer> greedy() {
        List<Integer> chosen = new ArrayList<>();
        for (int p = 0; p < holdout.length && !allHold(); p++) {
            if (helps(p)) {
                add(p, 1);
                chosen.add(p);
            }
        }
        for (int j = chosen.size() - 1; j >= 0; j--) {
            int p = chosen.get(j);
            add(p, -1);
            if (allHold()) {
                chosen.remove(j);
            } else {
                add(p, 1);
            }
        }
        chosen.forEach(p -> add(p, -1));
        return actors(chosen.stream().mapToInt(Integer::intValue).toArray());
    }

    private List<Integer> actors(int[] positions) {
        return Arrays.stream(positions).mapToObj(p -> holdout[p]).toList();
    }
}
