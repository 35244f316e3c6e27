package org.negsim.bench;

import org.negsim.engine.Negotiation;
import org.negsim.engine.RunListener;
import org.negsim.model.Scenario;

/**
 * A plain loop for profilers and heap measurements (JMH forks get in the way of JFR):
 * {@code EngineLoop ACTORS RUNS [ties]} builds the workload in memory (with {@code ties}, the random-tie
 * workload {@link LargeScenario#buildRandomTies}), then runs the engine RUNS times
 * and prints the wall time per run and the heap in use after the scenario was built. It is a
 * harness for a profiler, not a benchmark: the numbers of record come from {@link EngineVsFloor}.
 */
public final class EngineLoop {

    private EngineLoop() {
    }

    public static void main(String[] args) {
        int actors = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        boolean ties = args.length > 2 && args[2].equals("ties");
        Scenario scenario = ties ? LargeScenario.buildRandomTies(actors, LargeScenario.DEFAULT_SEED)
                : LargeScenario.build(actors, LargeScenario.DEFAULT_SEED);
        System.out.printf("actors %d: heap in use with the scenario built: %d MB%n", actors, usedAfterGc() >> 20);
        for (int k = 0; k < runs; k++) {
            long t0 = System.nanoTime();
            int joined = Negotiation.run(scenario, EngineVsFloor.SEED, RunListener.NONE).stages().get(0).joined();
            long t1 = System.nanoTime();
            System.out.printf("run %d: %.1f ms, %.2f ns per actor-decision, joined %d%n", k, (t1 - t0) / 1e6,
                    (t1 - t0) / ((double) actors * LargeScenario.ROUNDS), joined);
        }
    }

    static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
