package org.negsim.bench;

import java.util.concurrent.TimeUnit;
import org.negsim.engine.Negotiation;
import org.negsim.engine.RunListener;
import org.negsim.engine.RunResult;
import org.negsim.model.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One whole run of the {@link LargeScenario} workload ({@value LargeScenario#ROUNDS} rounds), by the
 * engine ({@link Negotiation#run} on the in-memory scenario with {@link RunListener#NONE}: building the
 * run's Population and InfluenceNetwork from the scenario is part of the run) and by the
 * {@link FloorRound}. One operation = one run = actors × rounds actor-decisions; {@link BenchReport}
 * turns the JMH result file into ns per actor-decision and the engine/floor ratio.
 *
 * <p>The trial setup runs engine and floor once on the benchmark seed and refuses to measure unless
 * they join exactly the same number of actors in the same success round.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineVsFloor {

    /** The run seed used by every benchmark operation. */
    public static final long SEED = 1L;

    /** Number of actors. */
    @Param({"10000", "100000"})
    public int actors;

    private Scenario scenario;
    private FloorRound floor;

    /** Builds the workload and checks that the floor is the engine's arithmetic. */
    @Setup(Level.Trial)
    public void setUp() {
        scenario = LargeScenario.build(actors, LargeScenario.DEFAULT_SEED);
        floor = new FloorRound(scenario);
        FloorRound.check(scenario, floor, SEED);
    }

    /** The engine: one run of the workload. */
    @Benchmark
    public RunResult engine() {
        return Negotiation.run(scenario, SEED, RunListener.NONE);
    }

    /** The floor: the same run on flat arrays. */
    @Benchmark
    public long floor() {
        return floor.run(SEED);
    }
}
