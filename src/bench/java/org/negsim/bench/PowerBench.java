package org.negsim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.negsim.power.CoalitionGame;
import org.negsim.power.PowerAnalysis;
import org.negsim.power.PowerException;
import org.negsim.power.PowerTable;
import org.negsim.rules.QualifiedMajority;
import org.negsim.rules.WeightedMajority;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One whole power table (Penrose, Banzhaf, Shapley–Shubik for every member) per operation:
 * <ul>
 *   <li>{@code eu27}: the EU Council's qualified majority with the 27 members' 2019 populations in
 *       thousands (the figures of {@code scenarios/eu-copyright-2019.json} without the United Kingdom), by
 *       the generating functions and by Gray-code enumeration of the 2^27 coalitions;</li>
 *   <li>{@code imf190}: an IMF-style weighted majority of 190 members, quota 85 %, with integer votes
 *       (hundredths of a percent, total 10 000, a few large members and a long tail), by the generating
 *       functions (exact, four primes) and by Monte Carlo with 100 000 draws.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PowerBench {

    /** EU27 populations in thousands, 2019, in the scenario's order (AUT … SWE without GBR). */
    static final double[] EU27 = {8822, 11399, 7050, 865, 10610, 82792, 5781, 46659, 1319, 5513, 66926, 10741, 4105,
        9778, 4830, 60484, 2809, 602, 1934, 476, 17181, 37977, 10291, 19531, 5443, 2067, 10120};

    @Param({"eu27-dp", "eu27-enumeration", "imf190-dp", "imf190-montecarlo"})
    public String game;

    private CoalitionGame coalitionGame;
    private PowerAnalysis.Options options;

    /** IMF-style votes: 1650, 614, 608, … decreasing as 1650 / (i + 1)^1.2, at least 3, then the rest to member 0. */
    static double[] imf190() {
        double[] w = new double[190];
        long sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(3, Math.round(1650 / Math.pow(i + 1, 1.2)));
            sum += (long) w[i];
        }
        w[0] += 10_000 - sum;
        return w;
    }

    @Setup
    public void setUp() throws PowerException {
        boolean eu = game.startsWith("eu27");
        double[] w = eu ? EU27 : imf190();
        List<String> ids = IntStream.range(0, w.length).mapToObj(i -> "M" + i).toList();
        coalitionGame = eu ? CoalitionGame.of(QualifiedMajority.euCouncil(), ids, w)
                : CoalitionGame.of(new WeightedMajority("votes", 0.85), ids, w);
        PowerTable.Method m = game.endsWith("-dp") ? PowerTable.Method.DYNAMIC_PROGRAMMING
                : game.endsWith("enumeration") ? PowerTable.Method.ENUMERATION : PowerTable.Method.MONTE_CARLO;
        options = new PowerAnalysis.Options(m, 100_000, 2026);
    }

    @Benchmark
    public PowerTable table() {
        return PowerAnalysis.of(coalitionGame, options);
    }
}
