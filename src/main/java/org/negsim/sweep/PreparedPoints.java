package org.negsim.sweep;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prepared design points of a sweep, shared by all its worker threads: each point is built once,
 * by the first worker that needs it, while the others needing it wait for that build; only the
 * {@code capacity} most recently used points are kept. Since consecutive runs share a point, the
 * workers of a sweep mostly run the same point, so memory holds about one prepared scenario (a few at
 * a change of point) whatever the number of threads — not one scenario, and one copy of the
 * scenario's tree, per thread. Thread-safe.
 *
 * @param <P> what a point is prepared into (immutable and thread-safe: it is shared)
 */
final class PreparedPoints<P> {

    /** Builds a point; may throw an unchecked exception, which every worker needing the point gets. */
    @FunctionalInterface
    interface Builder<P> {
        P build(long point);
    }

    private final Builder<P> builder;
    private final Map<Long, Slot<P>> slots;

    /**
     * @param capacity points kept, ≥ 1 (a sweep uses its number of threads plus one)
     */
    PreparedPoints(int capacity, Builder<P> builder) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.builder = builder;
        this.slots = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Slot<P>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The prepared point, built now if no worker has built it or it was evicted. */
    P get(long point) {
        Slot<P> slot;
        synchronized (slots) {
            slot = slots.computeIfAbsent(point, p -> new Slot<>());
        }
        return slot.get(point, builder);
    }

    /** One point: built once under the slot's own lock, so that other points' builds run in parallel. */
    private static final class Slot<P> {
        private P value;
        private RuntimeException failure;

        synchronized P get(long point, Builder<P> builder) {
            if (value == null && failure == null) {
                try {
                    value = builder.build(point);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
