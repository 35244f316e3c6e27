package org.negsim.power;

import java.math.BigInteger;
import java.util.List;
import org.negsim.stats.WilsonInterval;

/**
 * The voting power of each player of a game, an immutable result.
 *
 * <ul>
 *   <li>Penrose measure (absolute Banzhaf) of i: swings_i / 2^(n−1), the probability that i's vote
 *       decides when every other player votes yes or no with probability 1/2; in [0, 1].</li>
 *   <li>Normalised Banzhaf index: swings_i / Σ_j swings_j; sums to 1; NaN when no player ever
 *       swings (no coalition can win, or every coalition wins).</li>
 *   <li>Shapley–Shubik index: the share of the n! orderings in which i is the player who first makes
 *       the coalition win; sums to 1 when the grand coalition wins and the empty one loses, else every
 *       index is 0.</li>
 * </ul>
 *
 * @param players       the players' ids, in scenario order
 * @param penrose       per player, in [0, 1]
 * @param banzhaf       per player, in [0, 1], or NaN
 * @param shapleyShubik per player, in [0, 1]
 * @param winning       the exact number of winning coalitions of the 2^n, or {@code null} (Monte Carlo)
 * @param winningShare  winning coalitions / 2^n, in [0, 1]
 * @param estimate      the sampling details and 95 % intervals, or {@code null} when exact
 * @param method        how the numbers were obtained
 */
public record PowerTable(List<String> players, double[] penrose, double[] banzhaf, double[] shapleyShubik,
                         BigInteger winning, double winningShare, Estimate estimate, Method method) {

    /** How the indices were computed. */
    public enum Method {
        /** exact: every coalition visited in Gray-code order */
        ENUMERATION("exact (enumeration of all coalitions, Gray-code order)"),
        /** exact: generating functions over (coalition size, weight) */
        DYNAMIC_PROGRAMMING("exact (generating functions over coalition size and weight)"),
        /** estimated from seeded random coalitions and orderings */
        MONTE_CARLO("Monte Carlo estimate");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** A short human description. */
        public String label() {
            return label;
        }

        /** Whether the numbers are exact. */
        public boolean exact() {
            return this != MONTE_CARLO;
        }
    }

    /** A 95 % interval [low, high]. */
    public record Interval(double low, double high) {
        static Interval of(WilsonInterval w) {
            return new Interval(w.low(), w.high());
        }
    }

    /**
     * A Monte Carlo estimate's details.
     *
     * @param samples      coalitions drawn, and as many orderings
     * @param seed         the generator's seed
     * @param penrose      95 % Wilson interval per player
     * @param banzhaf      95 % delta-method interval per player
     * @param shapleyShubik 95 % Wilson interval per player
     * @param winningShare 95 % Wilson interval of the winning share
     * @param reason       why no exact method was used
     */
    public record Estimate(long samples, long seed, Interval[] penrose, Interval[] banzhaf, Interval[] shapleyShubik,
                           Interval winningShare, String reason) {
    }

    /** Number of players. */
    public int size() {
        return players.size();
    }
}
