package org.negsim.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one-sided binomial tail of the quasi-p-values, against a brute-force sum of the pmf. */
class QuasiPTest {

    /** P(X ≥ h), X ~ Binomial(n, p), summed term by term with exact binomial coefficients. */
    private static double bruteForce(int n, int h, double p) {
        double sum = 0;
        for (int x = h; x <= n; x++) {
            double c = 1;
            for (int i = 0; i < x; i++) {
                c = c * (n - i) / (i + 1);
            }
            sum += c * Math.pow(p, x) * Math.pow(1 - p, n - x);
        }
        return sum;
    }

    @Test
    void upperTailMatchesTheSumOfTheProbabilities() {
        int[][] cases = {{10, 10}, {10, 7}, {30, 12}, {155, 154}, {50, 1}};
        double[] ps = {0.5, 0.3, 0.89, 0.05};
        for (int[] c : cases) {
            for (double p : ps) {
                double expected = bruteForce(c[0], c[1], p);
                assertEquals(expected, QuasiP.upperTail(c[0], c[1], p), 1e-12 + 1e-9 * expected,
                        c[0] + " " + c[1] + " " + p);
            }
        }
    }

    @Test
    void tenOfTenAtOneHalfIsOneIn1024() {
        assertEquals(1.0 / 1024, QuasiP.upperTail(10, 10, 0.5), 1e-15);
    }

    @Test
    void edges() {
        assertEquals(1, QuasiP.upperTail(10, 0, 0.3));
        assertEquals(1, QuasiP.upperTail(10, 4, 1));
        assertEquals(0, QuasiP.upperTail(10, 4, 0));
    }
}
