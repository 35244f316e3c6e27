package org.negsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision kernel: probabilities against the draws, limits, symmetry and exact thresholds. */
class DecisionKernelTest {

    private static final byte[] VOTES = {DecisionKernel.YES, DecisionKernel.NO, DecisionKernel.ABSTAIN};

    @Test
    void scoreIsGainPlusConformityTimesPeerMinusCost() {
        assertEquals(0.3 + 0.5 * 0.4 - 0.1, DecisionKernel.score(0.3, 0.5, 0.4, 0.1), 0.0);
        assertEquals(0.3 + 0.2 + 0.1, DecisionKernel.score(0.3, -0.5, -0.4, -0.1), 1e-15);
    }

    @Test
    void joinProbabilityIsTheLogisticOfZOverTau() {
        // hand values: σ(0) = 1/2, σ(2) = 1/(1+e^-2) = 0.8807970779778823
        assertEquals(0.5, DecisionKernel.pJoin(0.0, 0.1), 1e-15);
        assertEquals(0.8807970779778823, DecisionKernel.pJoin(0.2, 0.1), 1e-15);
        assertEquals(1 - 0.8807970779778823, DecisionKernel.pJoin(-0.2, 0.1), 1e-15);
        assertEquals(1.0, Math.exp(DecisionKernel.logPJoin(0.2, 0.1)) + Math.exp(DecisionKernel.logPStay(0.2, 0.1)), 1e-15);
        // far tails are accurate in logs, not rounded to 0
        assertEquals(-1000.0, DecisionKernel.logPJoin(-1.0, 0.001), 1e-9);
        assertEquals(-1000.0, DecisionKernel.logPStay(1.0, 0.001), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"0.3, 0.05, 0.1", "-0.02, 0.05, 0.0", "0.0, 1.0, 0.2", "0.1, 0.01, 0.1", "-0.4, 0.02, 0.05",
                "5.0, 0.01, 0.0", "-5.0, 0.01, 0.3"})
    void voteProbabilitiesSumToOne(double z, double tau, double band) {
        double sum = 0.0;
        for (byte v : VOTES) {
            double p = DecisionKernel.pVote(v, z, tau, band);
            assertTrue(p >= 0.0 && p <= 1.0);
            sum += p;
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void voteProbabilitiesAreTheLogisticCdfDifferences() {
        double z = 0.03;
        double tau = 0.05;
        double b = 0.02;
        double yes = 1 - cdf((b - z) / tau);
        double abstain = cdf((b - z) / tau) - cdf((-b - z) / tau);
        double no = cdf((-b - z) / tau);
        assertEquals(yes, DecisionKernel.pVote(DecisionKernel.YES, z, tau, b), 1e-15);
        assertEquals(abstain, DecisionKernel.pVote(DecisionKernel.ABSTAIN, z, tau, b), 1e-15);
        assertEquals(no, DecisionKernel.pVote(DecisionKernel.NO, z, tau, b), 1e-15);
        assertEquals(no, DecisionKernel.pLeave(z, tau, b), 1e-15);
        assertEquals(1 - no, Math.exp(DecisionKernel.logPRemain(z, tau, b)), 1e-15);
    }

    @Test
    void symmetry() {
        for (double z : new double[] {0.0, 0.01, 0.07, 0.3}) {
            assertEquals(DecisionKernel.pJoin(z, 0.05), 1 - DecisionKernel.pJoin(-z, 0.05), 1e-15);
            assertEquals(DecisionKernel.pVote(DecisionKernel.YES, z, 0.05, 0.02),
                    DecisionKernel.pVote(DecisionKernel.NO, -z, 0.05, 0.02), 1e-15);
            assertEquals(DecisionKernel.pVote(DecisionKernel.ABSTAIN, z, 0.05, 0.02),
                    DecisionKernel.pVote(DecisionKernel.ABSTAIN, -z, 0.05, 0.02), 1e-15);
        }
        assertEquals(DecisionKernel.pVote(DecisionKernel.YES, 0.0, 0.05, 0.02),
                DecisionKernel.pVote(DecisionKernel.NO, 0.0, 0.05, 0.02), 0.0);
    }

    @Test
    void zeroBandMeansNoAbstentionWithNoise() {
        assertEquals(Double.NEGATIVE_INFINITY, DecisionKernel.logPAbstain(0.1, 0.05, 0.0));
        assertEquals(DecisionKernel.pJoin(0.1, 0.05), DecisionKernel.pVote(DecisionKernel.YES, 0.1, 0.05, 0.0), 1e-15);
    }

    @Test
    void abstentionIsAccurateFarInATail() {
        // z far below −b: abstain ≈ F(hi) − F(lo) with both tiny; compare with the closed form in logs
        double z = 2.0;
        double tau = 0.01;
        double b = 0.1;
        double hi = (b - z) / tau; // −190
        double lo = (-b - z) / tau; // −210
        double expected = hi + Math.log1p(-Math.exp(lo - hi)); // ln(e^hi − e^lo), σ(x) ≈ e^x there
        assertEquals(expected, DecisionKernel.logPAbstain(z, tau, b), 1e-9);
        assertEquals(DecisionKernel.logPAbstain(z, tau, b), DecisionKernel.logPAbstain(-z, tau, b), 1e-9);
    }

    @Test
    void zeroTemperatureIsTheDeterministicLimit() {
        // strict thresholds: z = 0 does not join; z = ±b abstains; z < −b leaves
        assertEquals(0.0, DecisionKernel.pJoin(0.0, 0.0));
        assertEquals(1.0, DecisionKernel.pJoin(Double.MIN_VALUE, 0.0));
        assertEquals(0.0, DecisionKernel.pJoin(-1e-300, 0.0));
        assertEquals(1.0, DecisionKernel.pVote(DecisionKernel.ABSTAIN, 0.02, 0.0, 0.02));
        assertEquals(1.0, DecisionKernel.pVote(DecisionKernel.ABSTAIN, -0.02, 0.0, 0.02));
        assertEquals(1.0, DecisionKernel.pVote(DecisionKernel.YES, 0.0200001, 0.0, 0.02));
        assertEquals(1.0, DecisionKernel.pVote(DecisionKernel.NO, -0.0200001, 0.0, 0.02));
        assertEquals(1.0, DecisionKernel.pVote(DecisionKernel.ABSTAIN, 0.0, 0.0, 0.0));
        assertEquals(0.0, DecisionKernel.pLeave(-0.02, 0.0, 0.02));
        assertEquals(1.0, DecisionKernel.pLeave(-0.0200001, 0.0, 0.02));
        // and the limits of the noisy probabilities agree with them away from the thresholds
        assertEquals(1.0, DecisionKernel.pJoin(0.01, 1e-6), 1e-12);
        assertEquals(0.0, DecisionKernel.pVote(DecisionKernel.ABSTAIN, 0.03, 1e-6, 0.02), 1e-12);
        // exactly at a threshold with noise: even odds
        assertEquals(0.5, DecisionKernel.pVote(DecisionKernel.YES, 0.02, 0.05, 0.02), 1e-15);
        assertEquals(0.5, DecisionKernel.pLeave(-0.02, 0.05, 0.02), 1e-15);
    }

    @Test
    void decisionsAtExactThresholds() {
        assertFalse(DecisionKernel.joins(0.0, 0.0));
        assertTrue(DecisionKernel.joins(0.25, -0.125));
        assertFalse(DecisionKernel.joins(0.25, -0.25));
        assertFalse(DecisionKernel.leaves(-0.5, 0.0, 0.5));
        assertTrue(DecisionKernel.leaves(-0.5, -1e-9, 0.5));
        assertEquals(DecisionKernel.ABSTAIN, DecisionKernel.vote(0.5, 0.0, 0.5));
        assertEquals(DecisionKernel.ABSTAIN, DecisionKernel.vote(-0.5, 0.0, 0.5));
        assertEquals(DecisionKernel.YES, DecisionKernel.vote(0.5, 1e-9, 0.5));
        assertEquals(DecisionKernel.NO, DecisionKernel.vote(-0.5, -1e-9, 0.5));
        assertEquals(DecisionKernel.ABSTAIN, DecisionKernel.vote(0.0, 0.0, 0.0));
    }

    @Test
    void drawFrequenciesMatchTheProbabilities() {
        MersenneTwisterFast random = new MersenneTwisterFast(20);
        double z = 0.01;
        double tau = 0.03;
        double b = 0.02;
        int n = 200_000;
        int join = 0;
        int[] votes = new int[4];
        for (int k = 0; k < n; k++) {
            double e = DecisionKernel.noise(tau, random);
            join += DecisionKernel.joins(z, e) ? 1 : 0;
            votes[DecisionKernel.vote(z, e, b)]++;
        }
        double se = Math.sqrt(0.25 / n);
        assertEquals(DecisionKernel.pJoin(z, tau), join / (double) n, 4 * se);
        for (byte v : VOTES) {
            assertEquals(DecisionKernel.pVote(v, z, tau, b), votes[v] / (double) n, 4 * se);
        }
        assertEquals(0.0, DecisionKernel.noise(0.0, random));
    }

    private static double cdf(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
