package org.negsim.power;

import java.math.BigInteger;

/**
 * The exact counts from which every index of a game follows: the number of winning coalitions and,
 * per player i and size j, the number m_ij of coalitions S of the other players with |S| = j that
 * lose without i and win with it (i's swings, or "pivots", at size j).
 *
 * @param players number of players n ≥ 1
 * @param winning number of winning coalitions, 0 ≤ winning ≤ 2^n
 * @param swings  {@code swings[i][j]} = m_ij for 0 ≤ j ≤ n − 1 (players of equal weight may share one array)
 */
record ExactCounts(int players, BigInteger winning, BigInteger[][] swings) {

    /** Σ_j m_ij: player i's swings, the numerator of its Penrose measure. */
    BigInteger totalSwings(int i) {
        BigInteger s = BigInteger.ZERO;
        for (BigInteger m : swings[i]) {
            s = s.add(m);
        }
        return s;
    }

    /**
     * Σ_j m_ij · j! (n − 1 − j)!: the numerator of player i's Shapley–Shubik index, whose
     * denominator is n! (the orderings of the players in which i turns a losing coalition into a
     * winning one).
     */
    BigInteger shapleyShubikNumerator(int i) {
        int n = players;
        BigInteger[] factorial = factorials(n);
        BigInteger s = BigInteger.ZERO;
        for (int j = 0; j < n; j++) {
            if (swings[i][j].signum() != 0) {
                s = s.add(swings[i][j].multiply(factorial[j]).multiply(factorial[n - 1 - j]));
            }
        }
        return s;
    }

    /** 0!, 1!, …, n!. */
    static BigInteger[] factorials(int n) {
        BigInteger[] f = new BigInteger[n + 1];
        f[0] = BigInteger.ONE;
        for (int k = 1; k <= n; k++) {
            f[k] = f[k - 1].multiply(BigInteger.valueOf(k));
        }
        return f;
    }
}
