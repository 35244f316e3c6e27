package org.negsim.power;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.negsim.rules.VoteRule;

/**
 * The simple game of a vote rule over the members of a stage: a coalition S wins when its members
 * voting yes and all others voting no would adopt the text ({@link VoteRule#adoptsCoalition}).
 * Abstaining instead of voting no never makes adoption harder under any rule, so S wins exactly
 * when it adopts the text whatever the others do.
 *
 * <p>Every rule decides on the coalition's size k and weight w alone and, for a fixed size, more
 * weight never hurts. The game is therefore held as integer weights a_i and one threshold per size:
 * S wins iff w(S) = Σ_{i∈S} a_i ≥ t_{|S|}. The weights are the members' weights under the rule's
 * weight name read as the decimals written in the scenario ({@link BigDecimal#valueOf(double)}),
 * multiplied by the power of ten that makes them all integers and divided by their greatest common
 * divisor — exact, never rounded. Each threshold t_k is the smallest integer weight at which the
 * rule itself adopts (found by bisection over the rule's own comparison, weights converted back
 * with one correct rounding), so the weight tolerance and the exact quota arithmetic of the rules
 * apply unchanged. A head-count rule has all weights 0 and thresholds 0 or {@link #NEVER}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CoalitionGame {

    /** The threshold of a size at which no coalition wins. */
    public static final long NEVER = Long.MAX_VALUE;

    /** Largest scaled total weight accepted: sums of any coalition stay exact in a {@code long}. */
    static final long MAX_TOTAL = 1L << 62;

    private final List<String> players;
    private final long[] weight;
    private final long totalWeight;
    private final long[] threshold;
    private final boolean weighted;

    private CoalitionGame(List<String> players, long[] weight, long[] threshold, boolean weighted) {
        this.players = List.copyOf(players);
        this.weight = weight;
        this.threshold = threshold;
        this.weighted = weighted;
        long total = 0;
        for (long a : weight) {
            total += a;
        }
        this.totalWeight = total;
        for (int k = 0; k + 1 < threshold.length; k++) {
            if (threshold[k + 1] > threshold[k]) {
                throw new IllegalStateException("the rule is not monotone in the coalition's size: t_" + (k + 1)
                        + " = " + threshold[k + 1] + " > t_" + k + " = " + threshold[k]);
            }
        }
    }

    /**
     * The game of {@code rule} among the given members.
     *
     * @param rule    the stage's vote rule
     * @param players the members' ids, in scenario order
     * @param weights each member's weight under {@code rule.weightName()} (finite, ≥ 0); ignored for
     *                head-count rules
     * @throws PowerException when the weights cannot be scaled to integers whose total fits in 62 bits
     */
    public static CoalitionGame of(VoteRule rule, List<String> players, double[] weights) throws PowerException {
        int n = players.size();
        boolean weighted = rule.weightName() != null;
        long[] a = new long[n];
        BigInteger unit = BigInteger.ONE;
        int scale = 0;
        if (weighted) {
            if (weights.length != n) {
                throw new IllegalArgumentException("expected " + n + " weights, got " + weights.length);
            }
            BigDecimal[] exact = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(weights[i]) || weights[i] < 0) {
                    throw new IllegalArgumentException("weight of " + players.get(i) + " must be finite and >= 0");
                }
                exact[i] = BigDecimal.valueOf(weights[i]).stripTrailingZeros();
                scale = Math.max(scale, exact[i].scale());
            }
            BigInteger[] scaled = new BigInteger[n];
            BigInteger gcd = BigInteger.ZERO;
            BigInteger sum = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                scaled[i] = exact[i].movePointRight(scale).toBigIntegerExact();
                gcd = gcd.gcd(scaled[i]);
                sum = sum.add(scaled[i]);
            }
            unit = gcd.signum() == 0 ? BigInteger.ONE : gcd;
            sum = sum.divide(unit);
            if (sum.compareTo(BigInteger.valueOf(MAX_TOTAL)) > 0) {
                throw new PowerException("the weights '" + rule.weightName() + "' have too many significant digits"
                        + " to be counted exactly (scaled to integers they total " + sum + ", more than 2^62);"
                        + " write them with fewer decimals");
            }
            for (int i = 0; i < n; i++) {
                a[i] = scaled[i].divide(unit).longValueExact();
            }
        }
        long total = Arrays.stream(a).sum();
        double totalAsDouble = weighted ? toDouble(total, unit, scale) : 0.0;
        long[] t = new long[n + 1];
        for (int k = 0; k <= n; k++) {
            t[k] = threshold(rule, n, k, total, totalAsDouble, unit, scale, weighted);
        }
        return new CoalitionGame(players, a, t, weighted);
    }

    /** A game given directly by integer weights and thresholds (tests, benchmarks). */
    static CoalitionGame ofThresholds(List<String> players, long[] weights, long[] thresholds) {
        if (weights.length != players.size() || thresholds.length != players.size() + 1) {
            throw new IllegalArgumentException("need one weight per player and n + 1 thresholds");
        }
        return new CoalitionGame(players, weights.clone(), thresholds.clone(), true);
    }

    private static long threshold(VoteRule rule, int n, int k, long total, double totalAsDouble, BigInteger unit,
                                  int scale, boolean weighted) {
        if (!weighted) {
            return rule.adoptsCoalition(n, k, 0.0, 0.0) ? 0 : NEVER;
        }
        if (!rule.adoptsCoalition(n, k, toDouble(total, unit, scale), totalAsDouble)) {
            return NEVER;
        }
        long lo = -1;
        long hi = total;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (rule.adoptsCoalition(n, k, toDouble(mid, unit, scale), totalAsDouble)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** The weight {@code v · unit / 10^scale} as the nearest double. */
    private static double toDouble(long v, BigInteger unit, int scale) {
        return new BigDecimal(BigInteger.valueOf(v).multiply(unit), scale).doubleValue();
    }

    /** Number of players n. */
    public int size() {
        return players.size();
    }

    /** The players' ids, in scenario order. */
    public List<String> players() {
        return players;
    }

    /** Player i's integer weight a_i ≥ 0 (0 for every player of a head-count rule). */
    public long weight(int i) {
        return weight[i];
    }

    /** Σ a_i. */
    public long totalWeight() {
        return totalWeight;
    }

    /** t_k for 0 ≤ k ≤ n: the least weight with which a coalition of k players wins, or {@link #NEVER}. */
    public long threshold(int k) {
        return threshold[k];
    }

    /** Whether a coalition of {@code k} players with weight {@code w} wins. */
    public boolean wins(int k, long w) {
        long t = threshold[k];
        return t != NEVER && w >= t;
    }

    /** Whether the rule weighs the members (otherwise it counts heads). */
    public boolean weighted() {
        return weighted;
    }

    /** Whether every player has the same weight, so that all are symmetric. */
    public boolean symmetric() {
        for (long a : weight) {
            if (a != weight[0]) {
                return false;
            }
        }
        return true;
    }

    /** The largest finite threshold, 0 if none: the weights a count must distinguish. */
    long maxFiniteThreshold() {
        long max = 0;
        for (long t : threshold) {
            if (t != NEVER) {
                max = Math.max(max, t);
            }
        }
        return max;
    }

    long[] weights() {
        return weight.clone();
    }
}
