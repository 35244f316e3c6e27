package org.negsim.power;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Exact counts by visiting all 2^n coalitions in Gray-code order: each step adds or removes one
 * player, so the coalition's size and integer weight are updated in O(1), and nothing but the
 * current coalition, the n × n table of swing counts by size and the sorted weights is held —
 * memory O(n²), no 2^n table. In a winning coalition S of size k and weight w, the players whose
 * departure makes it lose are all of S when t_{k−1} is never reached, else those with
 * a_i &gt; w − t_{k−1}: with the players numbered by decreasing weight that is a prefix, taken as a
 * bit mask. Counts are 64-bit integers (exact for n ≤ {@link #MAX_PLAYERS}). Stateless.
 */
final class GrayCodeEnumeration {

    /** The largest game enumerated (2^30 ≈ 10^9 coalitions). */
    static final int MAX_PLAYERS = 30;

    private GrayCodeEnumeration() {
    }

    /** The exact counts of {@code g}, which has 1 ≤ n ≤ {@link #MAX_PLAYERS} players. */
    static ExactCounts count(CoalitionGame g) {
        int n = g.size();
        if (n < 1 || n > MAX_PLAYERS) {
            throw new IllegalArgumentException("enumeration needs 1 to " + MAX_PLAYERS + " players, got " + n);
        }
        // players renumbered by decreasing weight: position q holds player order[q]
        Integer[] boxed = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.comparingLong((Integer i) -> -g.weight(i)));
        int[] order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        long[] a = new long[n];
        for (int q = 0; q < n; q++) {
            a[q] = g.weight(order[q]);
        }
        long[] t = new long[n + 1];
        for (int k = 0; k <= n; k++) {
            t[k] = g.threshold(k);
        }
        long never = CoalitionGame.NEVER;
        long[][] swings = new long[n][n];
        long winning = 0;
        long mask = 0;
        int k = 0;
        long w = 0;
        long steps = 1L << n;
        for (long step = 0; step < steps; step++) {
            if (step > 0) {
                int q = Long.numberOfTrailingZeros(step);
                long bit = 1L << q;
                if ((mask & bit) == 0) {
                    mask |= bit;
                    k++;
                    w += a[q];
                } else {
                    mask &= ~bit;
                    k--;
                    w -= a[q];
                }
            }
            long tk = t[k];
            if (tk == never || w < tk) {
                continue;
            }
            winning++;
            if (k == 0) {
                continue;
            }
            long below = t[k - 1];
            // without q the coalition loses iff t_{k-1} is never reached or a[q] > w − t_{k-1};
            // those q form the prefix 0 … heavy − 1 of the players by decreasing weight
            long pivotal = below == never ? mask : mask & ((1L << heavierThan(a, w - below)) - 1);
            while (pivotal != 0) {
                int q = Long.numberOfTrailingZeros(pivotal);
                swings[q][k - 1]++;
                pivotal &= pivotal - 1;
            }
        }
        BigInteger[][] bySize = new BigInteger[n][];
        for (int q = 0; q < n; q++) {
            BigInteger[] row = new BigInteger[n];
            for (int j = 0; j < n; j++) {
                row[j] = BigInteger.valueOf(swings[q][j]);
            }
            bySize[order[q]] = row;
        }
        return new ExactCounts(n, BigInteger.valueOf(winning), bySize);
    }

    /** The number of leading entries of the non-increasing {@code a} that exceed {@code x}. */
    private static int heavierThan(long[] a, long x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] > x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
