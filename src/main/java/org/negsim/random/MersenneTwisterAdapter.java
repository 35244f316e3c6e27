package org.negsim.random;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Lets Commons Math draw from a run's MASON generator: every call is delegated to the wrapped
 * {@link MersenneTwisterFast}, so a distribution built as
 * {@code new LogisticDistribution(new MersenneTwisterAdapter(state.random), 0, tau)} consumes the
 * same stream as the rest of the run and is reproducible from the run's seed. (A Commons Math
 * distribution built without a generator seeds itself from the clock: never do that here.)
 *
 * <p>The adapter holds no state of its own; draws through the adapter and directly from the wrapped
 * generator interleave in one stream.
 *
 * <p><b>Seeding.</b> {@code MersenneTwisterFast.setSeed(long)} (and its {@code long} constructor,
 * which MASON's {@code SimState(long)} uses) keeps only the low 32 bits of the seed. To let the full
 * 64 bits of a derived seed count, {@link #setSeed(long)} and {@link #generator(long)} seed with the
 * array {@code {(int) (seed >>> 32), (int) seed}}, as Commons Math's own {@code MersenneTwister}
 * does.
 *
 * <p>Not thread-safe, like the generator it wraps: use one per run (per thread).
 */
public final class MersenneTwisterAdapter implements RandomGenerator {

    private final MersenneTwisterFast random;

    /** Wraps {@code random}; draws and reseeding go to it. */
    public MersenneTwisterAdapter(MersenneTwisterFast random) {
        if (random == null) {
            throw new NullPointerException("random");
        }
        this.random = random;
    }

    /** A new {@code MersenneTwisterFast} seeded with all 64 bits of {@code seed} (see class doc). */
    public static MersenneTwisterFast generator(long seed) {
        return new MersenneTwisterFast(seedArray(seed));
    }

    /** The wrapped generator. */
    public MersenneTwisterFast random() {
        return random;
    }

    /** Reseeds the wrapped generator as {@code new MersenneTwisterFast(seed)} would seed it. */
    @Override
    public void setSeed(int seed) {
        random.setSeed((long) seed);
    }

    @Override
    public void setSeed(int[] seed) {
        random.setSeed(seed);
    }

    /** Reseeds the wrapped generator with all 64 bits of {@code seed} (see class doc). */
    @Override
    public void setSeed(long seed) {
        random.setSeed(seedArray(seed));
    }

    @Override
    public void nextBytes(byte[] bytes) {
        random.nextBytes(bytes);
    }

    @Override
    public int nextInt() {
        return random.nextInt();
    }

    /** Uniform in [0, n); {@code n} must be positive. */
    @Override
    public int nextInt(int n) {
        return random.nextInt(n);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    /** Uniform in [0, 1). */
    @Override
    public float nextFloat() {
        return random.nextFloat();
    }

    /** Uniform in [0, 1). */
    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    /** Standard normal. */
    @Override
    public double nextGaussian() {
        return random.nextGaussian();
    }

    private static int[] seedArray(long seed) {
        return new int[] {(int) (seed >>> 32), (int) seed};
    }
}
