package org.negsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OrderedExecutorTest {

    private static List<String> collect(int threads, long n) throws Exception {
        List<String> out = new ArrayList<>();
        OrderedExecutor.run(LongStream.range(0, n).iterator(), threads, i -> {
            // uneven work so that later tasks often finish first
            long spin = (i * 7919) % 50_000;
            double x = 0;
            for (long k = 0; k < spin; k++) {
                x += Math.sqrt(k);
            }
            return i + ":" + (x >= 0);
        }, (i, r) -> out.add(r));
        return out;
    }

    @Test
    void resultsArriveInTaskOrderWhateverTheThreads() throws Exception {
        List<String> one = collect(1, 500);
        assertEquals(500, one.size());
        assertEquals("0:true", one.get(0));
        assertEquals(one, collect(2, 500));
        assertEquals(one, collect(7, 500));
    }

    @Test
    void aTaskFailureIsRethrownUnwrapped() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> OrderedExecutor.run(LongStream.range(0, 100).iterator(), 3, i -> {
                    if (i == 42) {
                        throw boom;
                    }
                    return i;
                }, (i, r) -> { }));
        assertSame(boom, thrown);
    }

    @Test
    void aSinkFailureStopsTheExecution() {
        assertThrows(java.io.IOException.class,
                () -> OrderedExecutor.run(LongStream.range(0, 100).iterator(), 2, i -> i, (i, r) -> {
                    if (i == 10) {
                        throw new java.io.IOException("disk full");
                    }
                }));
    }

    @Test
    void rejectsZeroThreads() {
        assertThrows(IllegalArgumentException.class,
                () -> OrderedExecutor.run(LongStream.range(0, 1).iterator(), 0, i -> i, (i, r) -> { }));
    }
}
