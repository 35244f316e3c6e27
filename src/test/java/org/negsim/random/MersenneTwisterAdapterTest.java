package org.negsim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.LogisticDistribution;
import org.junit.jupiter.api.Test;

class MersenneTwisterAdapterTest {

    @Test
    void everyDrawComesFromTheWrappedGeneratorInOrder() {
        MersenneTwisterFast reference = new MersenneTwisterFast(42L);
        MersenneTwisterAdapter adapter = new MersenneTwisterAdapter(new MersenneTwisterFast(42L));
        assertEquals(reference.nextDouble(), adapter.nextDouble());
        assertEquals(reference.nextInt(), adapter.nextInt());
        assertEquals(reference.nextInt(17), adapter.nextInt(17));
        assertEquals(reference.nextLong(), adapter.nextLong());
        assertEquals(reference.nextBoolean(), adapter.nextBoolean());
        assertEquals(reference.nextFloat(), adapter.nextFloat());
        assertEquals(reference.nextGaussian(), adapter.nextGaussian());
        byte[] expected = new byte[13];
        byte[] actual = new byte[13];
        reference.nextBytes(expected);
        adapter.nextBytes(actual);
        assertArrayEquals(expected, actual);
    }

    @Test
    void drawsThroughTheAdapterAndDirectlyShareOneStream() {
        MersenneTwisterFast reference = new MersenneTwisterFast(7L);
        MersenneTwisterFast wrapped = new MersenneTwisterFast(7L);
        MersenneTwisterAdapter adapter = new MersenneTwisterAdapter(wrapped);
        assertEquals(reference.nextDouble(), adapter.nextDouble());
        assertEquals(reference.nextDouble(), wrapped.nextDouble());
        assertEquals(reference.nextDouble(), adapter.nextDouble());
        assertSame(wrapped, adapter.random());
    }

    @Test
    void aCommonsMathDistributionIsReproducibleFromTheSeed() {
        LogisticDistribution first = new LogisticDistribution(
                new MersenneTwisterAdapter(MersenneTwisterAdapter.generator(2018L)), 0.0, 0.05);
        LogisticDistribution second = new LogisticDistribution(
                new MersenneTwisterAdapter(MersenneTwisterAdapter.generator(2018L)), 0.0, 0.05);
        assertArrayEquals(first.sample(100), second.sample(100));
    }

    @Test
    void longSeedUsesAllSixtyFourBits() {
        long low = 12345L;
        long high = low | (1L << 40);
        assertNotEquals(MersenneTwisterAdapter.generator(low).nextLong(),
                MersenneTwisterAdapter.generator(high).nextLong());
        // whereas MASON's own long seeding keeps only the low 32 bits
        assertEquals(new MersenneTwisterFast(low).nextLong(), new MersenneTwisterFast(high).nextLong());
    }

    @Test
    void setSeedLongMatchesGeneratorFactory() {
        MersenneTwisterAdapter adapter = new MersenneTwisterAdapter(new MersenneTwisterFast(1L));
        adapter.nextDouble();
        adapter.setSeed(-987654321987654321L);
        assertEquals(MersenneTwisterAdapter.generator(-987654321987654321L).nextDouble(), adapter.nextDouble());
    }

    @Test
    void setSeedIntMatchesMasonsConstructor() {
        MersenneTwisterAdapter adapter = new MersenneTwisterAdapter(new MersenneTwisterFast(1L));
        adapter.setSeed(-5);
        assertEquals(new MersenneTwisterFast(-5L).nextLong(), adapter.nextLong());
        adapter.setSeed(new int[] {3, 4});
        assertEquals(new MersenneTwisterFast(new int[] {3, 4}).nextLong(), adapter.nextLong());
    }

    @Test
    void nullGeneratorIsRejected() {
        assertThrows(NullPointerException.class, () -> new MersenneTwisterAdapter(null));
    }
}
