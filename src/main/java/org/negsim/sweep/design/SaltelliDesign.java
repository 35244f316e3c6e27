package org.negsim.sweep.design;

import com.google.gson.JsonPrimitive;
import ec.util.MersenneTwisterFast;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * A Saltelli sample for first-order and total Sobol' sensitivity indices (Saltelli et al. 2010),
 * built on a Sobol' low-discrepancy sequence ({@code type} "sobol").
 *
 * <p><b>Base matrices.</b> Row j (0 ≤ j &lt; N) of the base matrices comes from point j + 1 of the
 * 2k-dimensional Sobol' sequence of Commons Math's {@link SobolSequenceGenerator} (Joe–Kuo
 * direction numbers; point 0, all zeros, is skipped): its first k coordinates are row j of matrix
 * A, the next k row j of matrix B. Each coordinate is then given a random digital shift (XOR of its
 * 52 fraction bits with a per-dimension 52-bit mask drawn from the design seed
 * {@code Seeds.mix(masterSeed ^ 0x5DEECE66D)}, stream −1, in dimension order). A digital shift keeps
 * the sequence's stratification properties, keeps coordinates in [0, 1), and makes the sample a
 * deterministic function of the seed that differs between seeds, so independent replicates of a
 * sensitivity analysis are possible.
 *
 * <p><b>Layout.</b> The design has N·(k + 2) points, k = number of parameters. Point
 * p = j·(k + 2) + m is A_j for m = 0, B_j for m = 1, and AB^(i)_j = A_j with coordinate i taken from
 * B_j for m = 2 + i. {@link #slot(long)} decodes p, {@link #index(long, int)} encodes it. Coordinates
 * map to values by {@link Parameter#atUnit(double)}.
 *
 * <p>k ≤ 500 (Commons Math's direction numbers cover 1000 dimensions). Thread-safe: computing a
 * point locks one shared Sobol' generator for a few microseconds.
 */
public final class SaltelliDesign implements Design {

    /** Largest number of parameters: the Sobol' generator has direction numbers for 1000 dimensions. */
    public static final int MAX_PARAMETERS = 500;

    private static final double SCALE = 0x1.0p52;
    private static final long MASK = (1L << 52) - 1;

    private final List<Parameter> parameters;
    private final int k;
    private final int baseSamples;
    private final long[] shifts;
    private final SobolSequenceGenerator sobol;

    /**
     * Where a point lies in the Saltelli layout: base row {@code row} (j) and block {@code block}
     * (m: 0 = A, 1 = B, 2 + i = AB^(i)).
     */
    public record Slot(long row, int block) {

        /** True for a row of matrix A. */
        public boolean isA() {
            return block == 0;
        }

        /** True for a row of matrix B. */
        public boolean isB() {
            return block == 1;
        }

        /** i for a row of AB^(i) (A with parameter i from B), −1 for A and B. */
        public int swapped() {
            return block >= 2 ? block - 2 : -1;
        }
    }

    /**
     * @param baseSamples N, the number of rows of A and B, ≥ 1 (a power of two balances the
     *     Sobol' sequence best)
     * @param masterSeed the experiment's master seed (see class doc)
     * @throws IllegalArgumentException with no parameters or more than {@link #MAX_PARAMETERS}
     */
    public SaltelliDesign(List<Parameter> parameters, int baseSamples, long masterSeed) {
        this.parameters = DesignSupport.checkParameters(parameters);
        this.k = this.parameters.size();
        if (k < 1 || k > MAX_PARAMETERS) {
            throw new IllegalArgumentException("a sobol design needs 1 to " + MAX_PARAMETERS
                    + " varied parameters, had " + k);
        }
        if (baseSamples < 1 || baseSamples == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("samples must be in [1, " + (Integer.MAX_VALUE - 1) + "], was "
                    + baseSamples);
        }
        this.baseSamples = baseSamples;
        this.sobol = new SobolSequenceGenerator(2 * k);
        MersenneTwisterFast random = DesignSupport.stream(DesignSupport.designSeed(masterSeed), -1L);
        this.shifts = new long[2 * k];
        for (int d = 0; d < shifts.length; d++) {
            shifts[d] = random.nextLong() & MASK;
        }
    }

    @Override
    public String type() {
        return "sobol";
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    /** N·(k + 2). */
    @Override
    public long size() {
        return (long) baseSamples * (k + 2);
    }

    /** N, the number of rows of A and B. */
    public int baseSamples() {
        return baseSamples;
    }

    @Override
    public JsonPrimitive[] point(long p) {
        DesignSupport.checkIndex(p, size());
        Slot slot = slot(p);
        double[] row = row(slot.row());
        int offset = slot.isB() ? k : 0;
        int swapped = slot.swapped();
        JsonPrimitive[] point = new JsonPrimitive[k];
        for (int d = 0; d < k; d++) {
            double u = d == swapped ? row[k + d] : row[offset + d];
            point[d] = parameters.get(d).atUnit(u);
        }
        return point;
    }

    /** Decodes point index p into its base row j = p / (k + 2) and block m = p mod (k + 2). */
    public Slot slot(long p) {
        return slot(p, k);
    }

    /** {@link #slot(long)} for a design with {@code k} parameters. */
    public static Slot slot(long p, int k) {
        if (p < 0 || k < 1) {
            throw new IllegalArgumentException("need p >= 0 and k >= 1, was p = " + p + ", k = " + k);
        }
        return new Slot(p / (k + 2), (int) (p % (k + 2)));
    }

    /** The point index of base row {@code row}, block {@code block}, for k parameters: row·(k + 2) + block. */
    public static long index(long row, int block, int k) {
        if (row < 0 || k < 1 || block < 0 || block >= k + 2) {
            throw new IllegalArgumentException("need row >= 0, k >= 1, 0 <= block < k + 2, was row = " + row
                    + ", block = " + block + ", k = " + k);
        }
        return row * (k + 2) + block;
    }

    /** The 2k shifted unit coordinates of base row j: A_j then B_j. */
    private double[] row(long j) {
        double[] raw;
        synchronized (sobol) {
            raw = sobol.skipTo((int) j + 1);
        }
        double[] row = new double[raw.length];
        for (int d = 0; d < raw.length; d++) {
            long bits = (long) (raw[d] * SCALE);
            row[d] = ((bits ^ shifts[d]) & MASK) / SCALE;
        }
        return row;
    }
}
