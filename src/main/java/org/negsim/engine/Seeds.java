package org.negsim.engine;

/**
 * Derives each run's seed from the master seed, the design point and the replicate, as a pure
 * function (stable across versions; changing it changes every published result):
 * <pre>
 *   seed(master, point, replicate) = mix(mix(mix(master) ^ point) ^ replicate)
 *   mix(z): z += 0x9E3779B97F4A7C15; z = (z ^ (z &gt;&gt;&gt; 30)) * 0xBF58476D1CE4E5B9;
 *           z = (z ^ (z &gt;&gt;&gt; 27)) * 0x94D049BB133111EB; return z ^ (z &gt;&gt;&gt; 31)
 * </pre>
 * where {@code mix} is the SplitMix64 finaliser (Steele, Lea and Flood, 2014). {@code negsim run}
 * without {@code --seed} uses {@code seed(master, 0, 0)}, the seed of run 0 of a sweep.
 */
public final class Seeds {

    private Seeds() {
    }

    /** The seed of the run at the given design point and replicate. */
    public static long forRun(long master, long point, long replicate) {
        return mix(mix(mix(master) ^ point) ^ replicate);
    }

    /** One SplitMix64 step: a bijective 64-bit mix of {@code z + golden gamma}. */
    public static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
