package org.negsim.bench;

import java.util.function.LongSupplier;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.negsim.engine.Negotiation;
import org.negsim.engine.RunListener;
import org.negsim.model.Scenario;

/**
 * Engine against floor in alternating pairs: {@code PairedRatio ACTORS PAIRS} runs the engine and
 * the floor one after the other, PAIRS times (after warm-up pairs), and prints the median and the
 * quartiles of the per-pair ratio and of each side's time. On a virtual machine whose speed drifts
 * by tens of percent from one minute to the next, JMH's blocks of iterations (all engine, then all
 * floor) measure the drift as much as the code; a pair's two runs share the same moment, so their
 * ratio is robust to it. Complements {@link EngineVsFloor}, which remains the benchmark of record.
 *
 * <p>{@code PairedRatio ties ACTORS PAIRS [WARMUP]} does the same for random explicit ties: the engine
 * on {@link LargeScenario#buildRandomTies} against {@link RandomTieFloor}, after checking that both
 * compute the same joined counts and final positions.
 *
 * <p>{@code PairedRatio linearity SMALL LARGE PAIRS} pairs the engine at SMALL actors with the engine
 * at LARGE actors instead: the median ratio is the linearity measure (LARGE/SMALL for a linear cost).
 */
public final class PairedRatio {

    private PairedRatio() {
    }

    public static void main(String[] args) {
        if (args[0].equals("linearity")) {
            linearity(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        if (args[0].equals("ties")) {
            ties(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 3);
            return;
        }
        int actors = Integer.parseInt(args[0]);
        int pairs = Integer.parseInt(args[1]);
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Scenario scenario = LargeScenario.build(actors, LargeScenario.DEFAULT_SEED);
        FloorRound floor = new FloorRound(scenario);
        FloorRound.check(scenario, floor, EngineVsFloor.SEED);
        System.out.printf("actors %d, %d pairs (%d warm-up): median [quartiles]%n", actors, pairs, warmup);
        measure("engine", () -> engine(scenario), "floor", () -> floor.run(EngineVsFloor.SEED), warmup, pairs);
    }

    private static void ties(int actors, int pairs, int warmup) {
        Scenario scenario = LargeScenario.buildRandomTies(actors, LargeScenario.DEFAULT_SEED);
        RandomTieFloor floor = new RandomTieFloor(scenario);
        RandomTieFloor.check(scenario, floor, EngineVsFloor.SEED);
        System.out.printf("random ties: actors %d, %d ties, %d pairs (%d warm-up): median [quartiles]%n", actors,
                scenario.ties().size(), pairs, warmup);
        measure("engine", () -> engine(scenario), "floor", () -> floor.run(EngineVsFloor.SEED), warmup, pairs);
    }

    private static void linearity(int small, int large, int pairs) {
        Scenario a = LargeScenario.build(small, LargeScenario.DEFAULT_SEED);
        Scenario b = LargeScenario.build(large, LargeScenario.DEFAULT_SEED);
        System.out.printf("engine at %d and %d actors, %d pairs (3 warm-up): median [quartiles] (%.0fx the actors)%n",
                large, small, pairs, (double) large / small);
        measure(large + " actors", () -> engine(b), small + " actors", () -> engine(a), 3, pairs);
    }

    private static long engine(Scenario scenario) {
        return Negotiation.run(scenario, EngineVsFloor.SEED, RunListener.NONE).stages().get(0).joined();
    }

    /**
     * Runs {@code first} then {@code second}, {@code warmup + pairs} times, and prints the median and
     * quartiles of each one's milliseconds and of their ratio first/second over the measured pairs.
     */
    private static void measure(String firstName, LongSupplier first, String secondName, LongSupplier second,
                                int warmup, int pairs) {
        double[] firstMs = new double[pairs];
        double[] secondMs = new double[pairs];
        double[] ratio = new double[pairs];
        long sink = 0;
        for (int k = -warmup; k < pairs; k++) {
            long t0 = System.nanoTime();
            sink += first.getAsLong();
            long t1 = System.nanoTime();
            sink += second.getAsLong();
            long t2 = System.nanoTime();
            if (k >= 0) {
                firstMs[k] = (t1 - t0) / 1e6;
                secondMs[k] = (t2 - t1) / 1e6;
                ratio[k] = firstMs[k] / secondMs[k];
            }
        }
        System.out.printf("  %s ms/run  %s%n", firstName, summary(firstMs));
        System.out.printf("  %s ms/run  %s%n", secondName, summary(secondMs));
        System.out.printf("  %s / %s  %s%n", firstName, secondName, summary(ratio));
        System.out.printf("  (checksum %d)%n", sink);
    }

    /** Median and quartiles (Commons Math, nearest rank), as "m [q1, q3]". */
    static String summary(double[] values) {
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_1);
        p.setData(values);
        return String.format("%.2f [%.2f, %.2f]", p.evaluate(50), p.evaluate(25), p.evaluate(75));
    }
}
