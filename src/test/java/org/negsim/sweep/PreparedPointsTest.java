package org.negsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PreparedPointsTest {

    @Test
    void workersNeedingThePointAtOnceShareOneBuild() throws InterruptedException {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(4);
        PreparedPoints<Object> points = new PreparedPoints<>(2, p -> {
            builds.incrementAndGet();
            return new Object();
        });
        List<Object> got = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread w = new Thread(() -> {
                ready.countDown();
                try {
                    ready.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 100; i++) {
                    got.add(points.get(7));
                }
            });
            threads.add(w);
            w.start();
        }
        for (Thread w : threads) {
            w.join();
        }
        assertEquals(1, builds.get());
        assertEquals(400, got.size());
        got.forEach(o -> assertSame(got.get(0), o));
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedPoints() {
        List<Long> built = new ArrayList<>();
        PreparedPoints<Long> points = new PreparedPoints<>(2, p -> {
            built.add(p);
            return p;
        });
        points.get(0);
        points.get(1);
        points.get(0);     // 0 is now the most recent
        points.get(2);     // evicts 1
        points.get(0);
        points.get(1);     // built again
        assertEquals(List.of(0L, 1L, 2L, 1L), built);
    }

    @Test
    void aFailedBuildFailsEveryWorkerAskingForThePoint() {
        AtomicInteger builds = new AtomicInteger();
        PreparedPoints<Object> points = new PreparedPoints<>(3, p -> {
            builds.incrementAndGet();
            throw new IllegalStateException("point " + p + " rejected");
        });
        assertEquals("point 4 rejected", assertThrows(IllegalStateException.class, () -> points.get(4)).getMessage());
        assertThrows(IllegalStateException.class, () -> points.get(4));
        assertEquals(1, builds.get());
        assertThrows(IllegalArgumentException.class, () -> new PreparedPoints<>(0, p -> p));
    }
}
