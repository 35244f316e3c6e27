package org.negsim.power;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact counts by generating functions: the coefficients F[j][v] of Π_i (1 + y·x^{a_i}) — the
 * number of coalitions of size j and weight v — by dynamic programming over (size, weight), for
 * weights below the largest finite threshold T (every heavier coalition is counted as the
 * complement C(n, j) − Σ_{v&lt;T} F[j][v]). A player's counts over the others follow by dividing
 * its factor out: c[j][v] = F[j][v] − c[j−1][v − a_i], once per distinct weight.
 *
 * <p>Counts reach 2^n, so the whole computation runs modulo as many primes just below 2^62 as
 * needed (one for n ≤ 60) and the counts are rebuilt exactly by the Chinese remainder theorem: no
 * floating point, no overflow, memory (n + 1)·T longs. Time ≈ primes · (n²/2 + n · distinct
 * weights) · T additions. Not thread-safe while running; stateless between calls.
 */
final class SizeWeightCounting {

    /** Primes below 2^62 (checked prime in the tests); more are searched for when needed. */
    private static final long[] PRIMES = {4611686018427387847L, 4611686018427387817L, 4611686018427387787L,
        4611686018427387761L, 4611686018427387751L, 4611686018427387737L, 4611686018427387733L,
        4611686018427387709L};

    private SizeWeightCounting() {
    }

    /** The primes whose product exceeds 2^(n+1), the bound on every count of an n-player game. */
    static long[] primesFor(int n) {
        BigInteger bound = BigInteger.ONE.shiftLeft(n + 1);
        List<Long> chosen = new ArrayList<>();
        BigInteger product = BigInteger.ONE;
        long candidate = PRIMES[PRIMES.length - 1] - 2;
        for (int k = 0; product.compareTo(bound) <= 0; k++) {
            long p;
            if (k < PRIMES.length) {
                p = PRIMES[k];
            } else {
                while (!BigInteger.valueOf(candidate).isProbablePrime(100)) {
                    candidate -= 2;
                }
                p = candidate;
                candidate -= 2;
            }
            chosen.add(p);
            product = product.multiply(BigInteger.valueOf(p));
        }
        return chosen.stream().mapToLong(Long::longValue).toArray();
    }

    /** Cells of the table: (n + 1) · T. */
    static long cells(CoalitionGame g) {
        return (g.size() + 1L) * g.maxFiniteThreshold();
    }

    /** Estimated additions, to choose between methods. */
    static double cost(CoalitionGame g) {
        double n = g.size();
        double t = Math.max(1, g.maxFiniteThreshold());
        return primesFor(g.size()).length * (n * n / 2 + 2 * n * distinctWeights(g).size()) * t;
    }

    /** The exact counts of {@code g}; the table must fit in memory ({@link #cells}). */
    static ExactCounts count(CoalitionGame g) {
        int n = g.size();
        Map<Long, List<Integer>> groups = distinctWeights(g);
        long[] primes = primesFor(n);
        long[][] winning = new long[primes.length][];
        Map<Long, long[][]> swings = new LinkedHashMap<>();
        groups.keySet().forEach(a -> swings.put(a, new long[primes.length][]));
        for (int r = 0; r < primes.length; r++) {
            Modular m = new Modular(g, primes[r]);
            winning[r] = new long[] {m.winning()};
            for (long a : groups.keySet()) {
                swings.get(a)[r] = m.swingsBySize(a);
            }
        }
        BigInteger[][] bySize = new BigInteger[n][];
        for (Map.Entry<Long, List<Integer>> e : groups.entrySet()) {
            long[][] residues = swings.get(e.getKey());
            BigInteger[] counts = new BigInteger[n];
            for (int j = 0; j < n; j++) {
                long[] x = new long[primes.length];
                for (int r = 0; r < primes.length; r++) {
                    x[r] = residues[r][j];
                }
                counts[j] = crt(x, primes);
            }
            for (int i : e.getValue()) {
                bySize[i] = counts;
            }
        }
        long[] w = new long[primes.length];
        for (int r = 0; r < primes.length; r++) {
            w[r] = winning[r][0];
        }
        return new ExactCounts(n, crt(w, primes), bySize);
    }

    /** The players grouped by weight, in order of first appearance. */
    static Map<Long, List<Integer>> distinctWeights(CoalitionGame g) {
        Map<Long, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < g.size(); i++) {
            groups.computeIfAbsent(g.weight(i), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /** The non-negative integer below Π p with the given residues. */
    static BigInteger crt(long[] residues, long[] primes) {
        BigInteger product = BigInteger.ONE;
        for (long p : primes) {
            product = product.multiply(BigInteger.valueOf(p));
        }
        BigInteger x = BigInteger.ZERO;
        for (int r = 0; r < primes.length; r++) {
            BigInteger p = BigInteger.valueOf(primes[r]);
            BigInteger rest = product.divide(p);
            x = x.add(BigInteger.valueOf(residues[r]).multiply(rest).multiply(rest.modInverse(p)));
        }
        return x.mod(product);
    }

    /** The table modulo one prime p &lt; 2^62 (so a sum of two residues fits a long). */
    private static final class Modular {
        private final CoalitionGame g;
        private final long p;
        private final int n;
        private final int cap;
        private final long[] f;
        private final long[] binomialN;
        private final long[] binomialOthers;

        Modular(CoalitionGame g, long p) {
            this.g = g;
            this.p = p;
            this.n = g.size();
            this.cap = Math.toIntExact(g.maxFiniteThreshold());
            this.f = new long[Math.toIntExact((n + 1L) * cap)];
            this.binomialN = binomials(n, p);
            this.binomialOthers = binomials(n - 1, p);
            if (cap > 0) {
                f[0] = 1;
            }
            for (int i = 0; i < n; i++) {
                long a = g.weight(i);
                if (a >= cap) {
                    continue;
                }
                int shift = (int) a;
                for (int j = i; j >= 0; j--) {
                    int src = j * cap;
                    int dst = (j + 1) * cap + shift;
                    for (int v = cap - 1 - shift; v >= 0; v--) {
                        long s = f[dst + v] + f[src + v];
                        f[dst + v] = s >= p ? s - p : s;
                    }
                }
            }
        }

        /** Winning coalitions mod p: Σ_j (C(n, j) − #{size j, weight &lt; t_j}) over finite t_j. */
        long winning() {
            long sum = 0;
            for (int j = 0; j <= n; j++) {
                long t = g.threshold(j);
                if (t != CoalitionGame.NEVER) {
                    long below = 0;
                    for (int v = 0; v < t; v++) {
                        below = add(below, f[j * cap + v]);
                    }
                    sum = add(sum, sub(binomialN[j], below));
                }
            }
            return sum;
        }

        /**
         * m_j mod p for a player of weight a, 0 ≤ j ≤ n − 1: coalitions of the others of size j that
         * win with the player minus those that win without (the game is monotone).
         */
        long[] swingsBySize(long a) {
            long[] m = new long[n];
            long[] previous = new long[cap];
            long[] current = new long[cap];
            long[] below = new long[cap + 1];
            for (int j = 0; j < n; j++) {
                for (int v = 0; v < cap; v++) {
                    long c = f[j * cap + v];
                    if (j > 0 && v >= a) {
                        c = sub(c, previous[(int) (v - a)]);
                    }
                    current[v] = c;
                    below[v + 1] = add(below[v], c);
                }
                long with = 0;
                long tWith = g.threshold(j + 1);
                if (tWith != CoalitionGame.NEVER) {
                    with = sub(binomialOthers[j], below[(int) Math.max(0, tWith - a)]);
                }
                long without = 0;
                long tWithout = g.threshold(j);
                if (tWithout != CoalitionGame.NEVER) {
                    without = sub(binomialOthers[j], below[(int) tWithout]);
                }
                m[j] = sub(with, without);
                long[] swap = previous;
                previous = current;
                current = swap;
            }
            return m;
        }

        private long add(long x, long y) {
            long s = x + y;
            return s >= p ? s - p : s;
        }

        private long sub(long x, long y) {
            long s = x - y;
            return s < 0 ? s + p : s;
        }

        private static long[] binomials(int m, long p) {
            long[] row = new long[Math.max(m, 0) + 2];
            if (m < 0) {
                return row;
            }
            row[0] = 1;
            for (int k = 1; k <= m; k++) {
                for (int j = k; j >= 1; j--) {
                    long s = row[j] + row[j - 1];
                    row[j] = s >= p ? s - p : s;
                }
            }
            return row;
        }
    }
}
