package org.negsim.random;

/**
 * Derives each run's seed from the master seed, the design point and the replicate, as a pure
 * function (stable across versions; changing it changes every published result):
 * <pre>
 *   seed(master, point, replicate) = mix(mix(mix(master) ^ point) ^ replicate) &gt;&gt;&gt; 11
 *   mix(z): z += 0x9E3779B97F4A7C15; z = (z ^ (z &gt;&gt;&gt; 30)) * 0xBF58476D1CE4E5B9;
 *           z = (z ^ (z &gt;&gt;&gt; 27)) * 0x94D049BB133111EB; return z ^ (z &gt;&gt;&gt; 31)
 * </pre>
 * where {@code mix} is the SplitMix64 finaliser (Steele, Lea and Flood, 2014); the shift keeps its
 * top 53 bits, so every run seed is an integer in [0, 2^53) that R, spreadsheets and JavaScript
 * hold exactly (a double has 53 bits of mantissa). Master seeds are in the same range. {@code negsim run}
 * without {@code --seed} uses {@code seed(master, 0, 0)}, the seed of run 0 of a sweep.
 */
public final class Seeds {

    private Seeds() {
    }

    /** Seeds (run and master) are integers in [0, {@value #LIMIT}), i.e. [0, 2^53). */
    public static final long LIMIT = 1L << 53;

    /** The seed of the run at the given design point and replicate, in [0, 2^53). */
    public static long forRun(long master, long point, long replicate) {
        return mix(mix(mix(master) ^ point) ^ replicate) >>> 11;
    }

    /** One SplitMix64 step: a bijective 64-bit mix of {@code z + golden gamma}. */
    public static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
