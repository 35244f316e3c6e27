package org.negsim.power;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.negsim.model.Actor;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.rules.VoteRule;

/**
 * Voting power in the simple game of a vote stage ({@link CoalitionGame}), by the cheapest exact
 * method that fits, else by seeded Monte Carlo:
 * <ol>
 *   <li>generating functions over (size, weight) ({@link SizeWeightCounting}) when their table has
 *       at most {@link #MAX_CELLS} cells and costs no more than enumerating, by the estimate
 *       {@link #ENUMERATION_STEP_COST} (head-count rules and equal weights always: their table is tiny);</li>
 *   <li>otherwise enumeration in Gray-code order ({@link GrayCodeEnumeration}) for up to 30 players;</li>
 *   <li>otherwise Monte Carlo ({@link MonteCarloPower}), which the result says.</li>
 * </ol>
 * Pure: no I/O. Thread-safe.
 */
public final class PowerAnalysis {

    /** Largest (size × weight) table of the generating functions: 2^24 longs, 128 MiB. */
    public static final long MAX_CELLS = 1L << 24;
    /** Additions above which the generating functions are not tried when enumeration is out of reach. */
    static final double MAX_COST = 2e10;
    /**
     * One step of the enumeration costs about as much as this many additions of the generating
     * functions (measured with the JMH benchmark PowerBench on EU27: 2^27 steps in 2.7 s, 5.3·10^8
     * additions in 6.6 s on the same loaded machine).
     */
    static final double ENUMERATION_STEP_COST = 1.5;

    /**
     * How to compute.
     *
     * @param method  a method to force, or {@code null} for the cheapest exact one (else Monte Carlo)
     * @param samples coalitions and orderings drawn by Monte Carlo, ≥ 1
     * @param seed    the Monte Carlo generator's seed
     */
    public record Options(PowerTable.Method method, long samples, long seed) {
        /** Default number of Monte Carlo draws. */
        public static final long DEFAULT_SAMPLES = 1_000_000;

        /** The cheapest exact method, else a million draws with {@code seed}. */
        public static Options auto(long seed) {
            return new Options(null, DEFAULT_SAMPLES, seed);
        }
    }

    private PowerAnalysis() {
    }

    /** The vote stages of a scenario (those whose power can be computed), in order. */
    public static List<Stage> voteStages(Scenario scenario) {
        return scenario.stages().stream().filter(s -> !s.isOpenDeclaration()).toList();
    }

    /** The game of a vote stage: its members, in scenario order, under its rule. */
    public static CoalitionGame game(Scenario scenario, Stage stage) throws PowerException {
        if (!(stage.rule() instanceof VoteRule rule)) {
            throw new PowerException("stage '" + stage.id() + "' is an open declaration, which has no vote; "
                    + voteStageList(scenario));
        }
        List<String> ids = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Actor a : scenario.actors()) {
            if (stage.members().matches(a)) {
                ids.add(a.id());
                weights.add(rule.weightName() == null ? 0.0 : a.weight(rule.weightName()));
            }
        }
        if (ids.isEmpty()) {
            throw new PowerException("stage '" + stage.id() + "' has no members");
        }
        return CoalitionGame.of(rule, ids, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** "vote stages: a, b" or "the scenario has no vote stage". */
    public static String voteStageList(Scenario scenario) {
        List<String> ids = voteStages(scenario).stream().map(Stage::id).toList();
        return ids.isEmpty() ? "the scenario has no vote stage" : "vote stages: " + String.join(", ", ids);
    }

    /** The power table of a vote stage. */
    public static PowerTable of(Scenario scenario, Stage stage, Options options) throws PowerException {
        return of(game(scenario, stage), options);
    }

    /** The power table of a game with n ≥ 1 players. */
    public static PowerTable of(CoalitionGame g, Options options) {
        int n = g.size();
        if (n < 1) {
            throw new IllegalArgumentException("a game needs at least one player");
        }
        PowerTable.Method method = options.method();
        long cells = SizeWeightCounting.cells(g);
        boolean tableFits = cells <= MAX_CELLS;
        boolean canEnumerate = n <= GrayCodeEnumeration.MAX_PLAYERS;
        if (method == null) {
            double cost = SizeWeightCounting.cost(g);
            if (tableFits && (canEnumerate ? cost <= ENUMERATION_STEP_COST * Math.pow(2, n) : cost <= MAX_COST)) {
                method = PowerTable.Method.DYNAMIC_PROGRAMMING;
            } else if (canEnumerate) {
                method = PowerTable.Method.ENUMERATION;
            } else {
                method = PowerTable.Method.MONTE_CARLO;
            }
        }
        return switch (method) {
            case DYNAMIC_PROGRAMMING -> {
                if (!tableFits) {
                    throw new IllegalArgumentException("the table would have " + cells + " cells, more than "
                            + MAX_CELLS);
                }
                yield exact(SizeWeightCounting.count(g), g, method);
            }
            case ENUMERATION -> exact(GrayCodeEnumeration.count(g), g, method);
            case MONTE_CARLO -> MonteCarloPower.estimate(g, options.samples(), options.seed(),
                    options.method() == PowerTable.Method.MONTE_CARLO ? "Monte Carlo was asked for"
                            : n + " members (more than " + GrayCodeEnumeration.MAX_PLAYERS + " to enumerate) and a"
                            + " (size × weight) table of " + cells + " cells (more than " + MAX_CELLS + ")");
        };
    }

    /** The indices from exact counts. */
    static PowerTable exact(ExactCounts c, CoalitionGame g, PowerTable.Method method) {
        int n = g.size();
        BigInteger[] swings = new BigInteger[n];
        BigInteger allSwings = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            swings[i] = c.totalSwings(i);
            allSwings = allSwings.add(swings[i]);
        }
        BigInteger orderings = ExactCounts.factorials(n)[n];
        BigInteger halfOfCoalitions = BigInteger.ONE.shiftLeft(n - 1);
        double[] penrose = new double[n];
        double[] banzhaf = new double[n];
        double[] shapley = new double[n];
        for (int i = 0; i < n; i++) {
            penrose[i] = ratio(swings[i], halfOfCoalitions);
            banzhaf[i] = allSwings.signum() == 0 ? Double.NaN : ratio(swings[i], allSwings);
            shapley[i] = ratio(c.shapleyShubikNumerator(i), orderings);
        }
        return new PowerTable(g.players(), penrose, banzhaf, shapley, c.winning(),
                ratio(c.winning(), BigInteger.ONE.shiftLeft(n)), null, method);
    }

    /** p / q rounded to the nearest double (34 significant digits first, then to double). */
    static double ratio(BigInteger p, BigInteger q) {
        return new BigDecimal(p).divide(new BigDecimal(q), MathContext.DECIMAL128).doubleValue();
    }
}
