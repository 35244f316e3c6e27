package org.negsim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.negsim.stats.WilsonInterval;

class GroupStatisticsTest {

    private static final double EPS = 1e-12;

    @Test
    void sevenOfTwentyHasTheHandComputedWilsonInterval() {
        GroupStatistics g = new GroupStatistics();
        for (int i = 0; i < 20; i++) {
            boolean success = i < 7;
            g.add(true, success, success ? 2 : Double.NaN, 10, 0.5);
        }
        // p = 7/20 = 0.35, n = 20, z = 1.959963984540054, z² = 3.8414588206941254
        // 1 + z²/n = 1 + 0.19207294103470626 = 1.1920729410347062
        // centre = (0.35 + z²/40) / 1.19207… = (0.35 + 0.09603647051735313) / 1.19207… = 0.3741687737079229
        // half = z·√(0.35·0.65/20 + z²/1600) / 1.19207… = 1.959964·√(0.011375 + 0.0024009117629338)
        //      = 1.959964 · 0.11737083011947146 / 1.1920729410347062 = 0.19297695
        // [centre − half, centre + half] = [0.18119182, 0.56714572]
        WilsonInterval w = g.successRate();
        assertEquals(20, w.trials());
        assertEquals(7, w.successes());
        assertEquals(0.35, w.rate(), EPS);
        assertEquals(0.18119182410108206, w.low(), EPS);
        assertEquals(0.5671457233147638, w.high(), EPS);
    }

    @Test
    void meansAndStandardErrorsLeaveEmptyCellsOut() {
        GroupStatistics g = new GroupStatistics();
        // success_round 2, 4, 1, 3 (and empty twice): mean 2.5, variance (0.25+2.25+2.25+0.25)/3 = 5/3,
        // se = √(5/3)/√4 = 0.6454972243679028
        g.add(true, true, 2, 5, 0.5);
        g.add(true, false, Double.NaN, 3, 0.5);
        g.add(false, false, Double.NaN, Double.NaN, Double.NaN);
        g.add(true, true, 4, 7, 0.5);
        g.add(true, true, 1, 6, 0.75);
        g.add(true, true, 3, 6, 0.75);
        assertEquals(6, g.runs());
        assertEquals(5, g.executed());
        assertEquals(4, g.successes());
        assertEquals(4, g.successRound().getN());
        assertEquals(2.5, GroupStatistics.mean(g.successRound()), EPS);
        assertEquals(0.6454972243679028, GroupStatistics.standardError(g.successRound()), EPS);
        // joined 5, 3, 7, 6, 6: mean 5.4, squares 0.16+5.76+2.56+0.36+0.36 = 9.2, variance 2.3, se √2.3/√5
        assertEquals(5.4, GroupStatistics.mean(g.joined()), EPS);
        assertEquals(Math.sqrt(2.3 / 5), GroupStatistics.standardError(g.joined()), EPS);
        // ambition 0.5 ×3, 0.75 ×2: mean 0.6, squares 3·0.01 + 2·0.0225 = 0.075, variance 0.01875
        assertEquals(0.6, GroupStatistics.mean(g.ambition()), EPS);
        assertEquals(Math.sqrt(0.01875 / 5), GroupStatistics.standardError(g.ambition()), EPS);
    }

    @Test
    void edgeOneValueHasAMeanButNoStandardError() {
        GroupStatistics g = new GroupStatistics();
        g.add(true, true, 3, 4, 0.25);
        assertEquals(3, GroupStatistics.mean(g.successRound()), EPS);
        assertTrue(Double.isNaN(GroupStatistics.standardError(g.successRound())));
    }

    @Test
    void edgeNoValueHasNoMean() {
        GroupStatistics g = new GroupStatistics();
        g.add(false, false, Double.NaN, Double.NaN, Double.NaN);
        assertTrue(Double.isNaN(GroupStatistics.mean(g.joined())));
        assertTrue(Double.isNaN(GroupStatistics.standardError(g.joined())));
        assertEquals(0.0, g.successRate().rate());
        assertEquals(0.0, g.successRate().low());
    }

    @Test
    void edgeEmptyGroupHasNoRate() {
        assertTrue(Double.isNaN(new GroupStatistics().successRate().rate()));
    }
}
