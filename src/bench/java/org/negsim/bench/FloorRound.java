package org.negsim.bench;

import ec.util.MersenneTwisterFast;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.negsim.random.MersenneTwisterAdapter;
import org.negsim.engine.Negotiation;
import org.negsim.engine.RunListener;
import org.negsim.engine.RunResult;
import org.negsim.engine.StageOutcome;
import org.negsim.model.Actor;
import org.negsim.model.Distance;
import org.negsim.model.Scenario;
import org.negsim.model.Selector;
import org.negsim.model.Stage;

/**
 * The performance floor: the engine's arithmetic for an open declaration, round after round, on flat
 * arrays with no MASON, no records and no framework — what a hand-written C-style loop would cost.
 * Against it every benchmark report states the engine's cost as a ratio.
 *
 * <p>Per round r = 1 … R, for every actor i in scenario order, in <em>one</em> pass:
 * <ol>
 *   <li>(r ≥ 2) Friedkin–Johnsen over its group ties, with the group held as a sum:
 *       neighbours_d = g·(S_d − p_id), p_id ← (1−λ_i) p_id(0) + λ_i (w_self p_id + neighbours_d)/(w_self + g(m−1));
 *       the new positions are summed per group on the fly for the next round;</li>
 *   <li>if i is available and has not joined: gain Σ_d s_id (|q_d − p_id| − |x_d − p_id|), peer support
 *       g·A_G/(g(m−1)) with A_G the group's joined count at the end of the previous round, logistic noise
 *       τ ln(u/(1−u)) from a MersenneTwisterFast (MASON's generator class; nothing else of MASON is used), join iff gain + β P − c + ε &gt; 0;</li>
 *   <li>counts kept incrementally (joined, joined states, joined emissions), success tested per round.</li>
 * </ol>
 * The floating-point operations that decide joins are those of the engine, in the same order, and the
 * draws come in the same order from the same generator, so on the same seed the floor joins exactly the
 * actors the engine joins ({@link #main} and the benchmark's setup check this).
 *
 * <p>Scope: linear distance, every actor in exactly one group, no explicit or home ties, all actors
 * members, no withdrawal — the workload of {@link LargeScenario}. Not thread-safe.
 */
public final class FloorRound extends FlatWorkload {

    private final int[] group;
    /** g·(m−1) for the actor's group: Σ_j w_ji. */
    private final double[] incoming;
    private final double groupWeight;
    private final int groups;

    private double[] position;
    private double[] next;
    private double[] groupSum;
    private double[] nextGroupSum;
    private int[] groupJoined;
    private int[] nextGroupJoined;
    private final boolean[] joined;
    /** Joined count at the end of each round 0 … R of the last run. */
    private final int[] curve;

    /** Flattens the workload; throws if the scenario is outside the floor's scope. */
    public FloorRound(Scenario scenario) {
        super(inScope(scenario));
        List<Actor> actors = scenario.actors();
        groupWeight = scenario.behavior().groupTieWeight();
        group = new int[n];
        Map<String, Integer> groupIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Actor a = actors.get(i);
            if (a.groups().size() != 1) {
                throw new IllegalArgumentException("the floor needs exactly one group per actor");
            }
            group[i] = groupIndex.computeIfAbsent(a.groups().get(0), g -> groupIndex.size());
        }
        groups = groupIndex.size();
        int[] size = new int[groups];
        for (int g : group) {
            size[g]++;
        }
        incoming = new double[n];
        for (int i = 0; i < n; i++) {
            double w = 0.0;
            w += groupWeight * (size[group[i]] - 1);
            incoming[i] = w;
        }
        position = new double[n * issues];
        next = new double[n * issues];
        groupSum = new double[groups * issues];
        nextGroupSum = new double[groups * issues];
        groupJoined = new int[groups];
        nextGroupJoined = new int[groups];
        joined = new boolean[n];
        curve = new int[rounds + 1];
    }

    private static Scenario inScope(Scenario scenario) {
        if (scenario.stages().size() != 1 || !scenario.stages().get(0).isOpenDeclaration()
                || !scenario.ties().isEmpty() || scenario.behavior().distance() != Distance.LINEAR
                || scenario.behavior().homeTieWeight() != 0.0) {
            throw new IllegalArgumentException("the floor covers the LargeScenario workload only");
        }
        Stage stage = scenario.stages().get(0);
        if (stage.members() != Selector.ALL || stage.allowWithdrawal() || stage.founders().size() != 1) {
            throw new IllegalArgumentException("the floor covers the LargeScenario workload only");
        }
        return scenario;
    }

    /** Actors of the workload. */
    public int actors() {
        return n;
    }

    /** Rounds of the workload. */
    public int rounds() {
        return rounds;
    }

    /** Joined count at the end of each round 0 … R of the last {@link #run}. */
    public int[] joinedCurve() {
        return curve.clone();
    }

    /**
     * Runs the whole declaration with the engine's generator for {@code seed}.
     *
     * @return the joined count at the end, times 1 000 plus the success round (0 when none), so that
     *         a benchmark consumes the result
     */
    public long run(long seed) {
        // The engine's generator: seeded with all 64 bits, then primed as MASON's SimState.start() primes it.
        MersenneTwisterFast random = sim.engine.SimState.primeGenerator(MersenneTwisterAdapter.generator(seed));
        final int k = issues;
        System.arraycopy(initial, 0, position, 0, position.length);
        java.util.Arrays.fill(joined, false);
        java.util.Arrays.fill(groupJoined, 0);
        java.util.Arrays.fill(groupSum, 0.0);
        for (int i = 0; i < n; i++) {
            int g = group[i] * k;
            for (int d = 0; d < k; d++) {
                groupSum[g + d] += position[i * k + d];
            }
        }
        joined[founder] = true;
        groupJoined[group[founder]]++;
        int joinedCount = 1;
        int joinedStates = state[founder] ? 1 : 0;
        double joinedEmissions = emissions[founder];
        System.arraycopy(groupJoined, 0, nextGroupJoined, 0, groups);
        int successRound = 0;
        curve[0] = joinedCount;
        for (int r = 1; r <= rounds; r++) {
            boolean update = r >= 2;
            if (update) {
                java.util.Arrays.fill(nextGroupSum, 0.0);
            }
            for (int i = 0; i < n; i++) {
                int base = i * k;
                int gi = group[i];
                double in = incoming[i];
                if (update) {
                    int g = gi * k;
                    if (in > 0.0) {
                        double lambda = flexibility[i];
                        double denominator = selfWeight + in;
                        for (int d = 0; d < k; d++) {
                            double p = position[base + d];
                            double neighbours = 0.0;
                            neighbours += groupWeight * (groupSum[g + d] - p);
                            double social = (selfWeight * p + neighbours) / denominator;
                            double np = (1.0 - lambda) * initial[base + d] + lambda * social;
                            next[base + d] = np;
                            nextGroupSum[g + d] += np;
                        }
                    } else {
                        for (int d = 0; d < k; d++) {
                            next[base + d] = position[base + d];
                            nextGroupSum[g + d] += position[base + d];
                        }
                    }
                }
                if (joined[i] || r < availableFrom[i]) {
                    continue;
                }
                double[] p = update ? next : position;
                double gain = 0.0;
                for (int d = 0; d < k; d++) {
                    double pd = p[base + d];
                    gain += salience[base + d] * (Math.abs(statusQuo[d] - pd) - Math.abs(text[d] - pd));
                }
                double peer = 0.0;
                if (in > 0.0) {
                    double sum = 0.0;
                    sum += groupWeight * (groupJoined[gi] - 0.0);
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
                    joined[i] = true;
                    nextGroupJoined[gi]++;
                    joinedCount++;
                    if (state[i]) {
                        joinedStates++;
                    }
                    joinedEmissions += emissions[i];
                }
            }
            if (update) {
                double[] t = position;
                position = next;
                next = t;
                t = groupSum;
                groupSum = nextGroupSum;
                nextGroupSum = t;
            }
            System.arraycopy(nextGroupJoined, 0, groupJoined, 0, groups);
            curve[r] = joinedCount;
            if (successRound == 0 && 2L * joinedStates >= states && joinedEmissions >= 0.5 * totalEmissions) {
                successRound = r;
            }
        }
        return joinedCount * 1000L + successRound;
    }

    /** The same summary from the engine: joined × 1000 + success round (0 when none). */
    public static long engine(Scenario scenario, long seed) {
        RunResult result = Negotiation.run(scenario, seed, RunListener.NONE);
        StageOutcome o = result.stages().get(0);
        return o.joined() * 1000L + Math.max(0, o.successRound());
    }

    /** Throws unless floor and engine give the same joined count and success round for the seed. */
    public static void check(Scenario scenario, FloorRound floor, long seed) {
        long e = engine(scenario, seed);
        long f = floor.run(seed);
        if (e != f) {
            throw new IllegalStateException("floor is not the engine's arithmetic: engine joined " + e / 1000
                    + " (success round " + e % 1000 + "), floor joined " + f / 1000 + " (success round "
                    + f % 1000 + ")");
        }
    }

    /** {@code FloorRound ACTORS [SEED]}: runs floor and engine once each and compares them. */
    public static void main(String[] args) {
        int actors = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        Scenario scenario = LargeScenario.build(actors, LargeScenario.DEFAULT_SEED);
        FloorRound floor = new FloorRound(scenario);
        long e = engine(scenario, seed);
        long f = floor.run(seed);
        System.out.printf("actors %d seed %d: engine joined %d success round %d; floor joined %d success round %d%n",
                actors, seed, e / 1000, e % 1000, f / 1000, f % 1000);
        if (e != f) {
            System.exit(1);
        }
    }
}
