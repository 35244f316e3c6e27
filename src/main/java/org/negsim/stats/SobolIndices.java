package org.negsim.stats;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.negsim.random.MersenneTwisterAdapter;

/**
 * First-order and total Sobol' sensitivity indices from the model outputs on a Saltelli sample
 * (see {@code org.negsim.sweep.design.SaltelliDesign}), with bootstrap confidence intervals.
 *
 * <p>With N base rows j, outputs f_A[j], f_B[j] and f_AB^(i)[j] (A_j with parameter i from B_j):
 * <pre>
 *   V    = population variance of the 2N values f_A and f_B pooled
 *   S_i  = mean_j( f_B · (f_AB^(i) − f_A) ) / V          (Saltelli et al. 2010, first order)
 *   ST_i = mean_j( (f_A − f_AB^(i))² ) / 2 / V           (Jansen 1999, total)
 * </pre>
 * Estimates are not clipped: sampling error can put them slightly below 0 or above 1. When V = 0
 * (the output never varies, e.g. every run succeeds) every index and bound is NaN.
 *
 * <p><b>Confidence intervals.</b> Percentile bootstrap: each resample draws N rows j with
 * replacement (uniform {@code nextInt(N)} from a {@code MersenneTwisterFast} seeded with all 64 bits
 * of the given seed, resamples in order) and recomputes every index; the 95 % bounds are the 2.5th
 * and 97.5th percentiles of the resampled indices (linear interpolation between order statistics,
 * Hyndman–Fan type 7). Resamples whose V is 0 are left out; if all are, the bounds are NaN. Rows of
 * a quasi-random sample are not independent, so these intervals are approximate (usually
 * conservative).
 *
 * <p>Stateless; the methods are pure functions of their arguments.
 */
public final class SobolIndices {

    /** The number of bootstrap resamples used when none is given. */
    public static final int DEFAULT_RESAMPLES = 1000;

    /**
     * The indices of one parameter with their 95 % bootstrap intervals.
     *
     * @param first first-order index S_i (share of Var(Y) due to parameter i alone)
     * @param total total index ST_i (share of Var(Y) due to parameter i with all its interactions)
     */
    public record Estimate(double first, double firstLow, double firstHigh,
                           double total, double totalLow, double totalHigh) {
    }

    private SobolIndices() {
    }

    /** {@link #estimate(double[], double[], double[][], int, long)} with {@link #DEFAULT_RESAMPLES}. */
    public static List<Estimate> estimate(double[] fA, double[] fB, double[][] fAB, long seed) {
        return estimate(fA, fB, fAB, DEFAULT_RESAMPLES, seed);
    }

    /**
     * The indices of each parameter i = 0 … k−1, in parameter order.
     *
     * @param fA outputs on the rows of A (length N ≥ 1)
     * @param fB outputs on the rows of B (length N)
     * @param fAB {@code fAB[i][j]}: outputs on row j of AB^(i) (k ≥ 1 arrays of length N)
     * @param resamples bootstrap resamples, ≥ 0 (0: bounds are NaN)
     * @param seed seed of the bootstrap's generator
     * @throws IllegalArgumentException on mismatched lengths or non-finite outputs
     */
    public static List<Estimate> estimate(double[] fA, double[] fB, double[][] fAB, int resamples, long seed) {
        check(fA, fB, fAB, resamples);
        int n = fA.length;
        int k = fAB.length;
        int[] weights = new int[n];
        Arrays.fill(weights, 1);
        double[] point = indices(fA, fB, fAB, weights);

        double[][] boot = new double[2 * k][resamples];
        int kept = 0;
        MersenneTwisterFast random = MersenneTwisterAdapter.generator(seed);
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(weights, 0);
            for (int draw = 0; draw < n; draw++) {
                weights[random.nextInt(n)]++;
            }
            double[] r = indices(fA, fB, fAB, weights);
            if (!Double.isNaN(r[0])) {
                for (int c = 0; c < 2 * k; c++) {
                    boot[c][kept] = r[c];
                }
                kept++;
            }
        }

        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        List<Estimate> estimates = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] firstCi = bounds(percentile, boot[i], kept);
            double[] totalCi = bounds(percentile, boot[k + i], kept);
            estimates.add(new Estimate(point[i], firstCi[0], firstCi[1], point[k + i], totalCi[0], totalCi[1]));
        }
        return List.copyOf(estimates);
    }

    /**
     * The indices from the outputs of a whole Saltelli design in point order: {@code outputs[p]} is
     * the output at design point p = j·(k + 2) + m (m = 0: A, 1: B, 2 + i: AB^(i)), e.g. the
     * success rate over the replicates of point p.
     *
     * @throws IllegalArgumentException unless {@code outputs.length} is a positive multiple of k + 2
     */
    public static List<Estimate> fromSaltelliOutputs(double[] outputs, int k, int resamples, long seed) {
        if (k < 1 || outputs.length == 0 || outputs.length % (k + 2) != 0) {
            throw new IllegalArgumentException("a Saltelli sample with " + k + " parameters has a positive multiple of "
                    + (k + 2) + " points, had " + outputs.length);
        }
        int n = outputs.length / (k + 2);
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int j = 0; j < n; j++) {
            int base = j * (k + 2);
            fA[j] = outputs[base];
            fB[j] = outputs[base + 1];
            for (int i = 0; i < k; i++) {
                fAB[i][j] = outputs[base + 2 + i];
            }
        }
        return estimate(fA, fB, fAB, resamples, seed);
    }

    /** First-order indices then total indices (2k values) with row j counted weights[j] times. */
    private static double[] indices(double[] fA, double[] fB, double[][] fAB, int[] weights) {
        int n = fA.length;
        int k = fAB.length;
        double count = 0;
        double sum = 0;
        for (int j = 0; j < n; j++) {
            count += weights[j];
            sum += weights[j] * (fA[j] + fB[j]);
        }
        double mean = sum / (2 * count);
        double squares = 0;
        for (int j = 0; j < n; j++) {
            double a = fA[j] - mean;
            double b = fB[j] - mean;
            squares += weights[j] * (a * a + b * b);
        }
        double variance = squares / (2 * count);
        double[] result = new double[2 * k];
        if (!(variance > 0)) {
            Arrays.fill(result, Double.NaN);
            return result;
        }
        for (int i = 0; i < k; i++) {
            double[] ab = fAB[i];
            double first = 0;
            double total = 0;
            for (int j = 0; j < n; j++) {
                if (weights[j] != 0) {
                    double d = ab[j] - fA[j];
                    first += weights[j] * fB[j] * d;
                    total += weights[j] * d * d;
                }
            }
            result[i] = first / count / variance;
            result[k + i] = total / count / 2 / variance;
        }
        return result;
    }

    private static double[] bounds(Percentile percentile, double[] values, int kept) {
        if (kept == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] sample = Arrays.copyOf(values, kept);
        return new double[] {percentile.evaluate(sample, 2.5), percentile.evaluate(sample, 97.5)};
    }

    private static void check(double[] fA, double[] fB, double[][] fAB, int resamples) {
        if (fA.length == 0 || fB.length != fA.length) {
            throw new IllegalArgumentException("fA and fB need the same positive length, had " + fA.length + " and "
                    + fB.length);
        }
        if (fAB.length == 0) {
            throw new IllegalArgumentException("need outputs for at least one parameter");
        }
        for (int i = 0; i < fAB.length; i++) {
            if (fAB[i].length != fA.length) {
                throw new IllegalArgumentException("fAB[" + i + "] has length " + fAB[i].length + ", expected "
                        + fA.length);
            }
            finite(fAB[i], "fAB[" + i + "]");
        }
        finite(fA, "fA");
        finite(fB, "fB");
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must be >= 0, was " + resamples);
        }
    }

    private static void finite(double[] values, String name) {
        for (int j = 0; j < values.length; j++) {
            if (!Double.isFinite(values[j])) {
                throw new IllegalArgumentException(name + "[" + j + "] is not finite: " + values[j]);
            }
        }
    }
}
