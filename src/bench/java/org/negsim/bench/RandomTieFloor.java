package org.negsim.bench;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.Map;
import org.negsim.engine.Negotiation;
import org.negsim.engine.RoundRecord;
import org.negsim.engine.RunListener;
import org.negsim.engine.StageActors;
import org.negsim.engine.StageOutcome;
import org.negsim.model.Distance;
import org.negsim.model.Scenario;
import org.negsim.model.Selector;
import org.negsim.model.Stage;
import org.negsim.model.Tie;
import org.negsim.random.MersenneTwisterAdapter;

/**
 * The performance floor for explicit ties (issue 17): the arithmetic of an open declaration whose
 * actors influence each other through explicit weighted ties only, on flat arrays — the incoming
 * ties as a compressed sparse row (CSR) list, positions actor-major — with no MASON, no records and
 * no negsim class in the loop. Against it {@link PairedRatio} states the engine's cost on
 * {@link LargeScenario#buildRandomTies} as a ratio.
 *
 * <p>Per round r = 1 … R, for every actor i in scenario order, in <em>one</em> pass:
 * <ol>
 *   <li>(r ≥ 2) Friedkin–Johnsen: a_d = Σ_e w_e p_{j(e),d} over i's incoming ties in file order,
 *       p_id ← (1−λ_i) p_id(0) + λ_i (w_self p_id + a_d)/(w_self + Σ_e w_e), into a second buffer; the
 *       ties are the outer loop and the five a_d are locals, so each source row is read once (the
 *       fastest of the loop orders tried, see docs/performance.md);</li>
 *   <li>if i is available and has not joined: gain Σ_d s_id (|q_d − p_id| − |x_d − p_id|), peer support
 *       Σ_{e: j(e) joined before round r} w_e / Σ_e w_e (who had joined kept in one byte per actor,
 *       this round's joiners added at its end), one logistic draw τ ln(u/(1−u)) from the
 *       engine's generator, join iff gain + β P − c + ε &gt; 0;</li>
 *   <li>counts kept incrementally (joined, joined states, joined emissions), success tested per round.</li>
 * </ol>
 * The floating-point operations are the engine's, in the same order (each a_d summed over the ties
 * in file order from 0), and the draws come in the same order from the same generator, so on the
 * same seed the floor computes the engine's numbers: {@link #check} compares the joined count of
 * every round and every final position, bit for bit.
 *
 * <p>Scope: five issues, linear distance, explicit ties only (no group or home ties), all actors members, one
 * founder, no withdrawal. Not thread-safe.
 */
public final class RandomTieFloor extends FlatWorkload {

    /** Issues of the workload: the floor keeps one accumulator per issue in a register. */
    private static final int ISSUES = LargeScenario.ISSUES;

    /** Incoming ties of actor i: {@code tieStart[i] … tieStart[i+1]−1}, source and weight. */
    private final int[] tieStart;
    private final int[] tieFrom;
    private final double[] tieWeight;
    /** Σ_e w_e over the incoming ties of actor i. */
    private final double[] incoming;

    private double[] position;
    private double[] next;
    /** a_j: whether actor j had joined by the end of the previous round (one byte per actor). */
    private final boolean[] support;
    /** The actors that joined in the current round, made supporters at its end. */
    private final int[] joiners;
    /** Joined count at the end of each round 0 … R of the last run. */
    private final int[] curve;

    /** Flattens the workload; throws if the scenario is outside the floor's scope. */
    public RandomTieFloor(Scenario scenario) {
        super(inScope(scenario));
        tieStart = new int[n + 1];
        for (Tie t : scenario.ties()) {
            tieStart[index.get(t.to()) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            tieStart[i + 1] += tieStart[i];
        }
        tieFrom = new int[tieStart[n]];
        tieWeight = new double[tieStart[n]];
        int[] fill = Arrays.copyOf(tieStart, n);
        for (Tie t : scenario.ties()) {
            int e = fill[index.get(t.to())]++;
            tieFrom[e] = index.get(t.from());
            tieWeight[e] = t.weight();
        }
        incoming = new double[n];
        for (int i = 0; i < n; i++) {
            double w = 0.0;
            for (int e = tieStart[i]; e < tieStart[i + 1]; e++) {
                w += tieWeight[e];
            }
            incoming[i] = w;
        }
        position = new double[n * issues];
        next = new double[n * issues];
        support = new boolean[n];
        joiners = new int[n];
        curve = new int[rounds + 1];
    }

    private static Scenario inScope(Scenario scenario) {
        Stage stage = scenario.stages().get(0);
        if (scenario.stages().size() != 1 || !stage.isOpenDeclaration() || stage.members() != Selector.ALL
                || stage.allowWithdrawal() || stage.founders().size() != 1
                || scenario.behavior().distance() != Distance.LINEAR || scenario.behavior().groupTieWeight() != 0.0
                || scenario.behavior().homeTieWeight() != 0.0 || scenario.issues().size() != ISSUES) {
            throw new IllegalArgumentException("the random-tie floor covers LargeScenario.buildRandomTies only");
        }
        return scenario;
    }

    /** Actors of the workload. */
    public int actors() {
        return n;
    }

    /**
     * Runs the whole declaration with the engine's generator for {@code seed}.
     *
     * @return the joined count at the end, times 1 000 plus the success round (0 when none), so that
     *         a benchmark consumes the result
     */
    public long run(long seed) {
        MersenneTwisterFast random = sim.engine.SimState.primeGenerator(MersenneTwisterAdapter.generator(seed));
        final int k = ISSUES;
        System.arraycopy(initial, 0, position, 0, position.length);
        Arrays.fill(support, false);
        support[founder] = true;
        int joinedCount = 1;
        int joinedStates = state[founder] ? 1 : 0;
        double joinedEmissions = emissions[founder];
        int successRound = 0;
        curve[0] = joinedCount;
        for (int r = 1; r <= rounds; r++) {
            boolean update = r >= 2;
            int joinedNow = 0;
            double[] p = update ? next : position;
            for (int i = 0; i < n; i++) {
                int base = i * k;
                int from = tieStart[i];
                int to = tieStart[i + 1];
                double in = incoming[i];
                if (update) {
                    if (in > 0.0) {
                        double a0 = 0.0;
                        double a1 = 0.0;
                        double a2 = 0.0;
                        double a3 = 0.0;
                        double a4 = 0.0;
                        for (int e = from; e < to; e++) {
                            int j = tieFrom[e] * ISSUES;
                            double w = tieWeight[e];
                            a0 += w * position[j];
                            a1 += w * position[j + 1];
                            a2 += w * position[j + 2];
                            a3 += w * position[j + 3];
                            a4 += w * position[j + 4];
                        }
                        double lambda = flexibility[i];
                        double denominator = selfWeight + in;
                        next[base] = (1.0 - lambda) * initial[base] + lambda * ((selfWeight * position[base] + a0) / denominator);
                        next[base + 1] = (1.0 - lambda) * initial[base + 1]
                                + lambda * ((selfWeight * position[base + 1] + a1) / denominator);
                        next[base + 2] = (1.0 - lambda) * initial[base + 2]
                                + lambda * ((selfWeight * position[base + 2] + a2) / denominator);
                        next[base + 3] = (1.0 - lambda) * initial[base + 3]
                                + lambda * ((selfWeight * position[base + 3] + a3) / denominator);
                        next[base + 4] = (1.0 - lambda) * initial[base + 4]
                                + lambda * ((selfWeight * position[base + 4] + a4) / denominator);
                    } else {
                        System.arraycopy(position, base, next, base, k);
                    }
                }
                if (support[i] || r < availableFrom[i]) {
                    continue;
                }
                double gain = 0.0;
                for (int d = 0; d < k; d++) {
                    double pd = p[base + d];
                    gain += salience[base + d] * (Math.abs(statusQuo[d] - pd) - Math.abs(text[d] - pd));
                }
                double peer = 0.0;
                if (in > 0.0) {
                    double sum = 0.0;
                    for (int e = from; e < to; e++) {
                        if (support[tieFrom[e]]) {
                            sum += tieWeight[e];
                        }
                    }
                    peer = sum / in;
                }
                double z = gain + conformity[i] * peer - signCost[i];
                double tau = temperature[i];
                double eps = 0.0;
                if (tau != 0.0) {
                    double u = random.nextDouble(false, false);
                    eps = tau * Math.log(u / (1.0 - u));
                }
                if (z + eps > 0.0) {
                    joiners[joinedNow++] = i;
                    joinedCount++;
                    if (state[i]) {
                        joinedStates++;
                    }
                    joinedEmissions += emissions[i];
                }
            }
            for (int x = 0; x < joinedNow; x++) {
                support[joiners[x]] = true;
            }
            if (update) {
                double[] t = position;
                position = next;
                next = t;
            }
            curve[r] = joinedCount;
            if (successRound == 0 && 2L * joinedStates >= states && joinedEmissions >= 0.5 * totalEmissions) {
                successRound = r;
            }
        }
        return joinedCount * 1000L + successRound;
    }

    /**
     * Throws unless the engine, on the same scenario and seed, has the floor's joined count in every
     * round, its success round and, bit for bit, its final positions.
     */
    public static void check(Scenario scenario, RandomTieFloor floor, long seed) {
        long f = floor.run(seed);
        int[] engineCurve = new int[floor.curve.length];
        double[][] enginePosition = new double[1][];
        int[] success = new int[1];
        Negotiation.run(scenario, seed, new RunListener() {
            @Override
            public void round(RoundRecord record) {
                engineCurve[record.round()] = record.joined();
            }

            @Override
            public void stageEnded(StageOutcome outcome, StageActors actors) {
                success[0] = Math.max(0, outcome.successRound());
                double[] p = new double[floor.n * floor.issues];
                for (int i = 0; i < floor.n; i++) {
                    for (int d = 0; d < floor.issues; d++) {
                        p[i * floor.issues + d] = actors.position(i, d);
                    }
                }
                enginePosition[0] = p;
            }
        });
        if (!Arrays.equals(engineCurve, floor.curve) || success[0] != f % 1000) {
            throw new IllegalStateException("random-tie floor is not the engine's arithmetic: joined per round "
                    + Arrays.toString(engineCurve) + " (success " + success[0] + ") against the floor's "
                    + Arrays.toString(floor.curve) + " (success " + f % 1000 + ")");
        }
        for (int x = 0; x < enginePosition[0].length; x++) {
            if (Double.doubleToRawLongBits(enginePosition[0][x]) != Double.doubleToRawLongBits(floor.position[x])) {
                throw new IllegalStateException("random-tie floor is not the engine's arithmetic: position "
                        + x % floor.issues + " of actor " + x / floor.issues + " is " + enginePosition[0][x]
                        + " in the engine, " + floor.position[x] + " in the floor");
            }
        }
    }

    /** {@code RandomTieFloor ACTORS [SEED]}: runs floor and engine on the random-tie workload and compares them. */
    public static void main(String[] args) {
        int actors = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        Scenario scenario = LargeScenario.buildRandomTies(actors, LargeScenario.DEFAULT_SEED);
        RandomTieFloor floor = new RandomTieFloor(scenario);
        check(scenario, floor, seed);
        long start = System.nanoTime();
        long f = floor.run(seed);
        long nanos = System.nanoTime() - start;
        System.out.printf("actors %d seed %d: engine and floor agree on every round's joined count and every "
                + "final position; joined %d, success round %d; one floor run after the check: %.3f s%n", actors, seed,
                f / 1000, f % 1000, nanos / 1e9);
    }
}
