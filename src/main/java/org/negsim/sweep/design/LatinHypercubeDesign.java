package org.negsim.sweep.design;

import com.google.gson.JsonPrimitive;
import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * A Latin hypercube sample of n points: every parameter's unit interval is cut into n equal strata
 * [s/n, (s+1)/n), and each stratum of each parameter holds exactly one point. Point i of parameter d
 * lies in stratum π_d(i), where π_d is a random permutation of 0 … n−1 drawn independently for each
 * parameter, at a uniform random position within it: u = (π_d(i) + v) / n with v ~ U[0, 1). The
 * unit coordinate maps to a value by {@link Parameter#atUnit(double)}, so a list of m values gets
 * value ⌊u·m⌋ (each value equally often when m divides n).
 *
 * <p>Randomness (all from the design seed {@code Seeds.mix(masterSeed ^ 0x5DEECE66D)}): the
 * permutations are Fisher–Yates shuffles, in parameter order, from the stream numbered −1; point i
 * draws its positions v, in parameter order, from the stream numbered i. The permutations are held
 * in memory (4·n bytes per parameter); the points are computed on demand.
 */
public final class LatinHypercubeDesign implements Design {

    private final List<Parameter> parameters;
    private final int samples;
    private final long designSeed;
    private final int[][] strata;

    /**
     * @param samples number of points and of strata per parameter, ≥ 1
     * @param masterSeed the experiment's master seed (see class doc)
     */
    public LatinHypercubeDesign(List<Parameter> parameters, int samples, long masterSeed) {
        this.parameters = DesignSupport.checkParameters(parameters);
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, was " + samples);
        }
        this.samples = samples;
        this.designSeed = DesignSupport.designSeed(masterSeed);
        MersenneTwisterFast random = DesignSupport.stream(designSeed, -1L);
        this.strata = new int[this.parameters.size()][];
        for (int d = 0; d < strata.length; d++) {
            int[] perm = new int[samples];
            for (int s = 0; s < samples; s++) {
                perm[s] = s;
            }
            for (int s = samples - 1; s > 0; s--) {
                int r = random.nextInt(s + 1);
                int t = perm[s];
                perm[s] = perm[r];
                perm[r] = t;
            }
            strata[d] = perm;
        }
    }

    @Override
    public String type() {
        return "lhs";
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public long size() {
        return samples;
    }

    @Override
    public JsonPrimitive[] point(long i) {
        DesignSupport.checkIndex(i, samples);
        MersenneTwisterFast random = DesignSupport.stream(designSeed, i);
        JsonPrimitive[] point = new JsonPrimitive[parameters.size()];
        for (int d = 0; d < point.length; d++) {
            double u = (strata[d][(int) i] + random.nextDouble()) / samples;
            point[d] = parameters.get(d).atUnit(Math.min(u, Math.nextDown(1.0)));
        }
        return point;
    }
}
