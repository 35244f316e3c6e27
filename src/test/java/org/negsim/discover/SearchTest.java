package org.negsim.discover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SearchTest {

    /** The reference order: Double.compare of the values, ties by row. */
    private static int[] byComparison(double[] x) {
        return IntStream.range(0, x.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(r -> x[r]).thenComparingInt(r -> r))
                .mapToInt(Integer::intValue).toArray();
    }

    @Test
    void radixOrderIsTheComparisonOrderWithTiesByRow() {
        MersenneTwisterFast random = new MersenneTwisterFast(17);
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
            1.0, -1.0, 0.5, 1e300, -1e-300};
        double[] x = new double[5000];
        for (int r = 0; r < x.length; r++) {
            switch (r % 4) {
                case 0 -> x[r] = special[random.nextInt(special.length)];
                case 1 -> x[r] = random.nextInt(7) - 3;            // many ties
                case 2 -> x[r] = (random.nextDouble() - 0.5) * 1e6;
                default -> x[r] = random.nextGaussian() * 1e-200;
            }
        }
        int[] expected = byComparison(x);
        assertArrayEquals(expected, Search.sortedRows(x));
    }

    @Test
    void constantAndTinyColumns() {
        assertArrayEquals(new int[0], Search.sortedRows(new double[0]));
        assertArrayEquals(new int[] {0}, Search.sortedRows(new double[] {3}));
        assertArrayEquals(new int[] {0, 1, 2, 3}, Search.sortedRows(new double[] {2, 2, 2, 2}));
        assertArrayEquals(new int[] {1, 0, 3, 2}, Search.sortedRows(new double[] {0.0, -0.0, 1, 0.5}));
    }

    @Test
    void orderedBitsFollowDoubleCompare() {
        double[] v = {-Double.MAX_VALUE, -1, -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, 1, Double.MAX_VALUE};
        for (int i = 0; i + 1 < v.length; i++) {
            assertTrue(Long.compareUnsigned(Search.orderedBits(v[i]), Search.orderedBits(v[i + 1])) < 0, v[i] + " < " + v[i + 1]);
        }
    }
}
