package org.negsim.bench;

import java.util.Arrays;
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
        int actors = Integer.parseInt(args[0]);
        int pairs = Integer.parseInt(args[1]);
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Scenario scenario = LargeScenario.build(actors, LargeScenario.DEFAULT_SEED);
        FloorRound floor = new FloorRound(scenario);
        FloorRound.check(scenario, floor, EngineVsFloor.SEED);
        double[] engineMs = new double[pairs];
        double[] floorMs = new double[pairs];
        double[] ratio = new double[pairs];
        long sink = 0;
        for (int k = -warmup; k < pairs; k++) {
            long t0 = System.nanoTime();
            sink += Negotiation.run(scenario, EngineVsFloor.SEED, RunListener.NONE).stages().get(0).joined();
            long t1 = System.nanoTime();
            sink += floor.run(EngineVsFloor.SEED);
            long t2 = System.nanoTime();
            if (k >= 0) {
                engineMs[k] = (t1 - t0) / 1e6;
                floorMs[k] = (t2 - t1) / 1e6;
                ratio[k] = engineMs[k] / floorMs[k];
            }
        }
        System.out.printf("actors %d, %d pairs (%d warm-up): median [quartiles]%n", actors, pairs, warmup);
        System.out.printf("  engine ms/run  %s%n", summary(engineMs));
        System.out.printf("  floor ms/run   %s%n", summary(floorMs));
        System.out.printf("  engine/floor   %s%n", summary(ratio));
        System.out.printf("  (checksum %d)%n", sink);
    }

    private static void linearity(int small, int large, int pairs) {
        Scenario a = LargeScenario.build(small, LargeScenario.DEFAULT_SEED);
        Scenario b = LargeScenario.build(large, LargeScenario.DEFAULT_SEED);
        double[] smallMs = new double[pairs];
        double[] largeMs = new double[pairs];
        double[] ratio = new double[pairs];
        long sink = 0;
        for (int k = -3; k < pairs; k++) {
            long t0 = System.nanoTime();
            sink += Negotiation.run(a, EngineVsFloor.SEED, RunListener.NONE).stages().get(0).joined();
            long t1 = System.nanoTime();
            sink += Negotiation.run(b, EngineVsFloor.SEED, RunListener.NONE).stages().get(0).joined();
            long t2 = System.nanoTime();
            if (k >= 0) {
                smallMs[k] = (t1 - t0) / 1e6;
                largeMs[k] = (t2 - t1) / 1e6;
                ratio[k] = largeMs[k] / smallMs[k];
            }
        }
        System.out.printf("engine at %d and %d actors, %d pairs (3 warm-up): median [quartiles]%n", small, large, pairs);
        System.out.printf("  %d actors ms/run  %s%n", small, summary(smallMs));
        System.out.printf("  %d actors ms/run  %s%n", large, summary(largeMs));
        System.out.printf("  ratio            %s (%.0fx the actors)%n", summary(ratio), (double) large / small);
        System.out.printf("  (checksum %d)%n", sink);
    }

    /** Median and quartiles (nearest rank), as "m [q1, q3]". */
    static String summary(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return String.format("%.2f [%.2f, %.2f]", quantile(v, 0.5), quantile(v, 0.25), quantile(v, 0.75));
    }

    private static double quantile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
