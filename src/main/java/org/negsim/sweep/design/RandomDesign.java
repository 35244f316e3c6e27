package org.negsim.sweep.design;

import com.google.gson.JsonPrimitive;
import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * Independent uniform draws: each point draws one unit coordinate u ~ U[0, 1) per parameter, in
 * parameter order, mapped by {@link Parameter#atUnit(double)} (a range: min + u·(max − min); a list:
 * a uniform choice). Point i draws from its own generator, seeded from the design seed and i (see
 * {@code DesignSupport}), so any point is computed alone and the design is a pure function of
 * (master seed, parameters, samples).
 */
public final class RandomDesign implements Design {

    private final List<Parameter> parameters;
    private final long samples;
    private final long designSeed;

    /**
     * @param samples number of points, ≥ 1
     * @param masterSeed the experiment's master seed; the design's randomness is derived from it as
     *     {@code Seeds.mix(masterSeed ^ 0x5DEECE66D)}, independent of the runs' seeds
     */
    public RandomDesign(List<Parameter> parameters, long samples, long masterSeed) {
        this.parameters = DesignSupport.checkParameters(parameters);
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, was " + samples);
        }
        this.samples = samples;
        this.designSeed = DesignSupport.designSeed(masterSeed);
    }

    @Override
    public String type() {
        return "random";
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
            point[d] = parameters.get(d).atUnit(random.nextDouble());
        }
        return point;
    }
}
