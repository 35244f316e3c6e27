package org.negsim.sweep.design;

import ec.util.MersenneTwisterFast;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.negsim.random.MersenneTwisterAdapter;
import org.negsim.random.Seeds;

/** Checks and seed derivations shared by the designs. */
final class DesignSupport {

    /**
     * XORed into the master seed before mixing, so that a design's random stream is independent
     * of every run's stream (run seeds are {@code Seeds.forRun(master, point, replicate)}).
     */
    static final long DESIGN_SALT = 0x5DEECE66DL;

    private DesignSupport() {
    }

    /** The seed of a design's randomness: {@code Seeds.mix(master ^ 0x5DEECE66D)}. */
    static long designSeed(long masterSeed) {
        return Seeds.mix(masterSeed ^ DESIGN_SALT);
    }

    /**
     * A generator for one numbered stream of a design (a point, a permutation, a shift):
     * {@code MersenneTwisterFast} seeded with all 64 bits of {@code Seeds.mix(designSeed ^ index)}.
     */
    static MersenneTwisterFast stream(long designSeed, long index) {
        return MersenneTwisterAdapter.generator(Seeds.mix(designSeed ^ index));
    }

    /** An unmodifiable copy of the parameters; rejects nulls and duplicate paths. */
    static List<Parameter> checkParameters(List<Parameter> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        Set<String> paths = new HashSet<>();
        for (Parameter p : parameters) {
            Objects.requireNonNull(p, "parameter");
            if (!paths.add(p.path())) {
                throw new IllegalArgumentException(p.path() + ": varied twice");
            }
        }
        return List.copyOf(parameters);
    }

    static void checkIndex(long i, long size) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("design point " + i + " out of range [0, " + size + ")");
        }
    }
}
