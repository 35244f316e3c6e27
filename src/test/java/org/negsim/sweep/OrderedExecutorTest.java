package org.negsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void everyResultBeforeAFailedTaskReachesTheSinkAndNoneAfter() {
        for (int threads : new int[] {1, 2, 5}) {
            List<Long> seen = new ArrayList<>();
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> OrderedExecutor.run(LongStream.range(0, 10_000).iterator(), threads, i -> {
                        if (i == 4242) {
                            throw new IllegalStateException("run " + i);
                        }
                        return i;
                    }, (i, r) -> seen.add(r)));
            assertEquals("run 4242", thrown.getMessage());
            assertEquals(LongStream.range(0, 4242).boxed().toList(), seen, threads + " threads");
        }
    }

    @Test
    void aSlowFirstTaskHoldsTheOthersWithinTheWindowAndOrderHolds() throws Exception {
        long maxAhead = maxAhead(200, 2 * 4, 50, 30);
        // a task starts at most window (threads × 4) plus the threads' own claims ahead of the oldest unwritten
        assertTrue(maxAhead <= 2 * 4 + 2, "ran " + maxAhead + " tasks ahead");
    }

    @Test
    void aGivenWindowBoundsHowFarAheadTasksRun() throws Exception {
        long maxAhead = maxAhead(400, 40, 100, 50);
        // while task 100 sleeps the other worker runs ahead, but not past the window plus its own claim
        assertTrue(maxAhead <= 40 + 2, "ran " + maxAhead + " tasks ahead");
        assertTrue(maxAhead > 2 * 4 + 2, "the wider window was not used: " + maxAhead + " ahead");
        assertThrows(IllegalArgumentException.class,
                () -> OrderedExecutor.run(LongStream.range(0, 4).iterator(), 3, 2, i -> i, (i, r) -> { }));
    }

    /**
     * Runs {@code tasks} tasks on 2 threads with the given window, every {@code sleepEvery}-th sleeping
     * {@code sleepMs}; checks the sink got them in order and returns how far ahead of the oldest
     * unwritten task one started at most.
     */
    private static long maxAhead(int tasks, int window, int sleepEvery, long sleepMs) throws Exception {
        java.util.concurrent.atomic.AtomicLong maxAhead = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
        List<Long> seen = new ArrayList<>();
        OrderedExecutor.run(LongStream.range(0, tasks).iterator(), 2, window, i -> {
            if (i % sleepEvery == 0) {
                try {
                    Thread.sleep(sleepMs);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            maxAhead.accumulateAndGet(i - written.get(), Math::max);
            return i;
        }, (i, r) -> {
            seen.add(r);
            written.set(i + 1);
        });
        assertEquals(LongStream.range(0, tasks).boxed().toList(), seen);
        return maxAhead.get();
    }

    @Test
    void theSinkIsNeverCalledConcurrently() throws Exception {
        java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger overlaps = new java.util.concurrent.atomic.AtomicInteger();
        OrderedExecutor.run(LongStream.range(0, 20_000).iterator(), 4, i -> i, (i, r) -> {
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            Thread.onSpinWait();
            inside.decrementAndGet();
        });
        assertEquals(0, overlaps.get());
    }
}
