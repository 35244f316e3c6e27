package org.negsim.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.negsim.rules.Consensus;
import org.negsim.rules.Majority;
import org.negsim.rules.QualifiedMajority;
import org.negsim.rules.Unanimity;
import org.negsim.rules.VoteRule;
import org.negsim.rules.WeightedMajority;

/** Power indices against published games, an independent brute force and their own identities. */
class PowerAnalysisTest {

    private static final double EXACT = 1e-15;
    private static final PowerTable.Method DP = PowerTable.Method.DYNAMIC_PROGRAMMING;
    private static final PowerTable.Method ENUMERATION = PowerTable.Method.ENUMERATION;

    static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "P" + i).toList();
    }

    static CoalitionGame game(VoteRule rule, double... w) throws PowerException {
        return CoalitionGame.of(rule, ids(w.length), w);
    }

    static PowerTable power(CoalitionGame g, PowerTable.Method m) {
        return PowerAnalysis.of(g, new PowerAnalysis.Options(m, 1, 1));
    }

    /** A weighted voting game "weight ≥ q" (q an integer quota) given directly by its thresholds. */
    static CoalitionGame quotaGame(long q, long... w) {
        long[] t = new long[w.length + 1];
        java.util.Arrays.fill(t, q);
        return CoalitionGame.ofThresholds(ids(w.length), w, t);
    }

    private static void assertArray(double[] expected, double[] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, "player " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(value = PowerTable.Method.class, names = {"DYNAMIC_PROGRAMMING", "ENUMERATION"})
    void eec1958CouncilGivesLuxembourgNoPower(PowerTable.Method m) throws PowerException {
        // France, Germany, Italy 4; Belgium, Netherlands 2; Luxembourg 1; quota 12 of 17
        PowerTable p = power(game(new WeightedMajority("votes", 12.0 / 17.0), 4, 4, 4, 2, 2, 1), m);
        assertArray(new double[] {5 / 21.0, 5 / 21.0, 5 / 21.0, 3 / 21.0, 3 / 21.0, 0}, p.banzhaf(), EXACT);
        assertArray(new double[] {14 / 60.0, 14 / 60.0, 14 / 60.0, 9 / 60.0, 9 / 60.0, 0}, p.shapleyShubik(), EXACT);
        assertArray(new double[] {10 / 32.0, 10 / 32.0, 10 / 32.0, 6 / 32.0, 6 / 32.0, 0}, p.penrose(), EXACT);
        assertEquals(BigInteger.valueOf(14), p.winning());
    }

    @ParameterizedTest
    @EnumSource(value = PowerTable.Method.class, names = {"DYNAMIC_PROGRAMMING", "ENUMERATION"})
    void coopGameDocumentationExamples(PowerTable.Method m) {
        // CoopGame 0.2.2, nonNormalizedBanzhafIndex: w = (8, 6, 4, 2), q = 12
        assertArray(new double[] {0.625, 0.375, 0.375, 0.125}, power(quotaGame(12, 8, 6, 4, 2), m).penrose(), EXACT);
        // w = (50, 49, 1), q = 51 and w = (50, 30, 20), q = 67: raw Banzhaf 3, 1, 1
        assertArray(new double[] {0.75, 0.25, 0.25}, power(quotaGame(51, 50, 49, 1), m).penrose(), EXACT);
        assertArray(new double[] {0.75, 0.25, 0.25}, power(quotaGame(67, 50, 30, 20), m).penrose(), EXACT);
        // shapleyShubikIndex, example from Stach (2011): w = (10, 10, 20, 30), q = 50
        assertArray(new double[] {1 / 12.0, 1 / 12.0, 3 / 12.0, 7 / 12.0},
                power(quotaGame(50, 10, 10, 20, 30), m).shapleyShubik(), EXACT);
    }

    /** Random small games of every rule: both exact methods equal the brute force. */
    @Test
    void everyRuleAgreesWithTheBruteForce() throws PowerException {
        MersenneTwisterFast random = new MersenneTwisterFast(15);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(7);
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                // decimals with up to 2 places, some equal, some zero
                w[i] = random.nextInt(4) == 0 ? w[random.nextInt(i + 1)] : random.nextInt(2000) / 100.0;
            }
            VoteRule rule = randomRule(random, n);
            BruteForcePower truth = new BruteForcePower(rule, w);
            CoalitionGame g = game(rule, w);
            for (PowerTable.Method m : new PowerTable.Method[] {DP, ENUMERATION}) {
                PowerTable p = power(g, m);
                String what = rule + " " + java.util.Arrays.toString(w) + " " + m;
                assertEquals(BigInteger.valueOf(truth.winning), p.winning(), what);
                for (int i = 0; i < n; i++) {
                    assertEquals(truth.penrose[i], p.penrose()[i], 1e-14, what);
                    assertEquals(truth.banzhaf[i], p.banzhaf()[i], 1e-14, what);
                    assertEquals(truth.shapleyShubik[i], p.shapleyShubik()[i], 1e-14, what);
                }
            }
        }
    }

    private static VoteRule randomRule(MersenneTwisterFast r, int n) {
        return switch (r.nextInt(8)) {
            case 0 -> new Consensus();
            case 1 -> new Unanimity(r.nextBoolean());
            case 2 -> new Majority(Majority.Quota.SIMPLE, 0, r.nextBoolean() ? Majority.Base.MEMBERS
                    : Majority.Base.PRESENT_AND_VOTING);
            case 3 -> new Majority(Majority.Quota.TWO_THIRDS, 0, Majority.Base.PRESENT_AND_VOTING);
            case 4 -> new Majority(Majority.Quota.NUMBER, r.nextInt(101) / 100.0, Majority.Base.MEMBERS);
            case 5 -> new WeightedMajority("w", r.nextInt(101) / 100.0);
            default -> new QualifiedMajority(r.nextInt(101) / 100.0, r.nextInt(n + 2), "w",
                    r.nextInt(101) / 100.0, r.nextInt(n + 2));
        };
    }

    @Test
    void equalMembersGetEqualPowerAndIndicesSumToOne() throws PowerException {
        PowerTable p = power(game(QualifiedMajority.euCouncil(), euLikeWeights()), DP);
        double banzhaf = 0;
        double shapley = 0;
        for (int i = 0; i < p.size(); i++) {
            banzhaf += p.banzhaf()[i];
            shapley += p.shapleyShubik()[i];
        }
        assertEquals(1.0, banzhaf, 1e-12);
        assertEquals(1.0, shapley, 1e-12);
        // players 0 and 1 have equal populations
        assertEquals(p.penrose()[0], p.penrose()[1], 0.0);
        assertEquals(p.shapleyShubik()[0], p.shapleyShubik()[1], 0.0);
    }

    /** 20 members, two of them equal: an EU-like Council small enough to enumerate quickly. */
    private static double[] euLikeWeights() {
        return new double[] {10.5, 10.5, 82.8, 67.0, 60.5, 46.7, 38.0, 19.5, 17.2, 11.4, 10.6, 9.8, 8.8, 7.1, 5.8,
            5.5, 2.8, 1.9, 0.6, 0.5};
    }

    @Test
    void qualifiedMajorityMethodsAgreeExactly() throws PowerException {
        CoalitionGame g = game(QualifiedMajority.euCouncil(), euLikeWeights());
        PowerTable dp = power(g, DP);
        PowerTable en = power(g, ENUMERATION);
        assertEquals(dp.winning(), en.winning());
        assertArray(dp.penrose(), en.penrose(), 0.0);
        assertArray(dp.shapleyShubik(), en.shapleyShubik(), 0.0);
    }

    @Test
    void unanimityAndConsensusMakeEveryoneAVetoPlayer() throws PowerException {
        for (VoteRule rule : List.of(new Consensus(), new Unanimity(false), new Unanimity(true))) {
            for (PowerTable.Method m : new PowerTable.Method[] {DP, ENUMERATION}) {
                PowerTable p = power(game(rule, new double[25]), m);
                assertEquals(BigInteger.ONE, p.winning(), rule.toString());
                for (int i = 0; i < 25; i++) {
                    // the only swing of each member is the grand coalition
                    assertEquals(Math.pow(2, -24), p.penrose()[i], 0.0);
                    assertEquals(1 / 25.0, p.banzhaf()[i], EXACT);
                    assertEquals(1 / 25.0, p.shapleyShubik()[i], EXACT);
                }
            }
        }
    }

    @Test
    void generalAssemblyOf193IsExactAtAnySize() throws PowerException {
        PowerTable p = PowerAnalysis.of(game(new Majority(Majority.Quota.SIMPLE, 0, Majority.Base.PRESENT_AND_VOTING),
                new double[193]), PowerAnalysis.Options.auto(1));
        assertEquals(DP, p.method());
        // yes > no with everyone voting: 97 of 193; a member swings when exactly 96 of the other 192 vote yes
        BigInteger c = binomial(192, 96);
        double penrose = new java.math.BigDecimal(c).divide(new java.math.BigDecimal(BigInteger.TWO.pow(192)),
                java.math.MathContext.DECIMAL128).doubleValue();
        for (int i = 0; i < 193; i++) {
            assertEquals(penrose, p.penrose()[i], 0.0);
            assertEquals(1 / 193.0, p.shapleyShubik()[i], EXACT);
        }
        assertEquals(BigInteger.TWO.pow(192), p.winning());
        assertEquals(0.5, p.winningShare(), 0.0);
    }

    static BigInteger binomial(int n, int k) {
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return c;
    }

    @Test
    void oneMemberHoldsAllThePower() throws PowerException {
        for (PowerTable.Method m : new PowerTable.Method[] {DP, ENUMERATION}) {
            PowerTable p = power(game(new WeightedMajority("w", 0.5), 3.0), m);
            assertEquals(1.0, p.penrose()[0], 0.0);
            assertEquals(1.0, p.banzhaf()[0], 0.0);
            assertEquals(1.0, p.shapleyShubik()[0], 0.0);
            assertEquals(BigInteger.ONE, p.winning());
        }
    }

    @Test
    void aCoalitionExactlyAtTheQuotaWins() throws PowerException {
        // 0.55 of 20 = 11 exactly; weights 11 + 9: the 11 alone wins
        CoalitionGame g = game(new WeightedMajority("w", 0.55), 11, 9);
        assertEquals(11, g.threshold(1));
        assertEquals(1.0, power(g, DP).banzhaf()[0], 0.0);
    }

    @Test
    void weightWithinTheRelativeToleranceOfTheQuotaWins() throws PowerException {
        // quota 1/3 of a total of 3: a weight 1e-13 short (relatively) still reaches it, 1e-11 short does not
        double close = 1.0 - 1e-13;
        CoalitionGame g = game(new WeightedMajority("w", 1.0 / 3), close, 2.0 + 1e-13);
        assertTrue(g.wins(1, g.weight(0)));
        CoalitionGame far = game(new WeightedMajority("w", 1.0 / 3), 1.0 - 1e-11, 2.0 + 1e-11);
        assertTrue(!far.wins(1, far.weight(0)));
        BruteForcePower truth = new BruteForcePower(new WeightedMajority("w", 1.0 / 3), new double[] {close, 2 + 1e-13});
        assertArray(truth.penrose, power(g, ENUMERATION).penrose(), 0.0);
    }

    @Test
    void aRuleNoCoalitionCanMeetGivesNoPower() throws PowerException {
        // the EU rule needs 15 yes votes: 10 members can never adopt
        PowerTable p = power(game(QualifiedMajority.euCouncil(), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), DP);
        assertEquals(BigInteger.ZERO, p.winning());
        for (int i = 0; i < 10; i++) {
            assertEquals(0.0, p.penrose()[i], 0.0);
            assertTrue(Double.isNaN(p.banzhaf()[i]));
            assertEquals(0.0, p.shapleyShubik()[i], 0.0);
        }
    }

    @Test
    void theBlockingMinorityClauseCounts() throws PowerException {
        // 5 members, memberQuota 0, weightQuota 1 (all weight), blockingMinMembers 2: four yes votes adopt
        // whatever their weight, since one non-yes member cannot block
        CoalitionGame g = game(new QualifiedMajority(0, 0, "w", 1.0, 2), 100, 1, 1, 1, 1);
        assertEquals(0, g.threshold(4));
        assertEquals(g.totalWeight(), g.threshold(3));
        BruteForcePower truth = new BruteForcePower(new QualifiedMajority(0, 0, "w", 1.0, 2), new double[] {100, 1, 1, 1, 1});
        assertArray(truth.shapleyShubik, power(g, DP).shapleyShubik(), 1e-15);
    }

    /** A 120-member weighted game: exact counts and Monte Carlo agree within its 95 % intervals. */
    @Test
    void monteCarloCoversTheExactValues() throws PowerException {
        MersenneTwisterFast r = new MersenneTwisterFast(190);
        double[] w = new double[120];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 + r.nextInt(i < 10 ? 400 : 40);
        }
        CoalitionGame g = game(new WeightedMajority("votes", 0.6), w);
        PowerTable exact = power(g, DP);
        PowerTable mc = PowerAnalysis.of(g, new PowerAnalysis.Options(PowerTable.Method.MONTE_CARLO, 40_000, 7));
        int coveredPenrose = 0;
        int coveredShapley = 0;
        int coveredBanzhaf = 0;
        for (int i = 0; i < w.length; i++) {
            coveredPenrose += covers(mc.estimate().penrose()[i], exact.penrose()[i]);
            coveredShapley += covers(mc.estimate().shapleyShubik()[i], exact.shapleyShubik()[i]);
            coveredBanzhaf += covers(mc.estimate().banzhaf()[i], exact.banzhaf()[i]);
        }
        // 95 % intervals: about 114 of 120 cover; fewer than 104 would be a 1-in-10^5 event
        assertTrue(coveredPenrose >= 104, "penrose covered " + coveredPenrose);
        assertTrue(coveredShapley >= 104, "shapley covered " + coveredShapley);
        assertTrue(coveredBanzhaf >= 104, "banzhaf covered " + coveredBanzhaf);
        assertEquals(1, covers(mc.estimate().winningShare(), exact.winningShare()));
        assertEquals(null, mc.winning());
    }

    private static int covers(PowerTable.Interval ci, double x) {
        return ci.low() <= x && x <= ci.high() ? 1 : 0;
    }

    @Test
    void monteCarloIsAPureFunctionOfItsSeed() throws PowerException {
        CoalitionGame g = game(new WeightedMajority("w", 0.5), 5, 4, 3, 2, 1);
        PowerAnalysis.Options o = new PowerAnalysis.Options(PowerTable.Method.MONTE_CARLO, 1000, 99);
        assertArray(PowerAnalysis.of(g, o).penrose(), PowerAnalysis.of(g, o).penrose(), 0.0);
    }

    @Test
    void tooManyMembersForEitherExactMethodFallsBackToMonteCarlo() throws PowerException {
        double[] w = new double[200];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1000.0 + i * 1234;
        }
        PowerTable p = PowerAnalysis.of(game(new WeightedMajority("w", 0.5), w),
                new PowerAnalysis.Options(null, 200, 3));
        assertEquals(PowerTable.Method.MONTE_CARLO, p.method());
        assertTrue(p.estimate().reason().contains("200 members"), p.estimate().reason());
    }

    @Test
    void weightsAreScaledExactlyAndReducedByTheirDivisor() throws PowerException {
        CoalitionGame g = game(new WeightedMajority("w", 0.5), 0.25, 0.5, 1.25);
        assertEquals(List.of(1L, 2L, 5L), List.of(g.weight(0), g.weight(1), g.weight(2)));
        assertEquals(8, g.totalWeight());
        assertEquals(4, g.threshold(2));
    }

    @Test
    void weightsTooFineToCountExactlyAreRefused() {
        PowerException e = assertThrows(PowerException.class,
                () -> game(new WeightedMajority("w", 0.5), 1e15, 1.0 / 3));
        assertTrue(e.getMessage().contains("too many significant digits"), e.getMessage());
    }

    @Test
    void theModuliArePrimeAndCoverTheLargestCounts() {
        for (int n : new int[] {1, 60, 61, 193, 600}) {
            long[] primes = SizeWeightCounting.primesFor(n);
            BigInteger product = BigInteger.ONE;
            List<Long> seen = new ArrayList<>();
            for (long p : primes) {
                assertTrue(BigInteger.valueOf(p).isProbablePrime(200), p + " is prime");
                assertTrue(!seen.contains(p));
                seen.add(p);
                product = product.multiply(BigInteger.valueOf(p));
            }
            assertTrue(product.compareTo(BigInteger.ONE.shiftLeft(n + 1)) > 0);
        }
    }
}
