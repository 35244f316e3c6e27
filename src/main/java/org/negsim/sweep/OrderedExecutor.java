package org.negsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;

/**
 * Runs independent tasks on a pool of threads and hands their results to a sink <em>in task
 * order</em>, one at a time. At most a fixed window of results ({@code threads × 4} unless the caller
 * gives another) are in flight, so memory stays bounded however many tasks there are. The output is therefore the same, byte for byte, whatever
 * the number of threads, provided each task is a pure function of its index.
 *
 * <p>With one thread everything runs on the calling thread. With more, the workers claim indices,
 * run them, and the worker that completes the oldest unwritten result also feeds the sink with it and
 * every later result already done, under a lock: no thread is woken per task (a sweep's runs may take
 * only 0.1 ms each, as long as waking a thread), and a worker waits only when it is a window of tasks
 * ahead of the oldest one still running. A window of tiny results can be wide: a worker whose core is
 * taken by another process for a scheduler quantum (tens of milliseconds, hundreds of 0.1 ms runs) then
 * does not stop the others.
 */
public final class OrderedExecutor {

    /** Receives each result in order, one call at a time; may throw to abort the whole execution. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(long index, T result) throws Exception;
    }

    private OrderedExecutor() {
    }

    /**
     * Runs {@code task} for every index of {@code indices} and feeds the results to {@code sink} in
     * the order of {@code indices}. A failed task ends the execution when its turn in that order
     * comes: every result before it has reached the sink.
     *
     * @param threads number of worker threads, ≥ 1
     * @throws Exception the first exception, in task order, that a task threw (unwrapped) or the sink threw;
     *                   no task is started after it
     */
    public static <T> void run(PrimitiveIterator.OfLong indices, int threads, LongFunction<T> task, Sink<T> sink)
            throws Exception {
        run(indices, threads, threads * 4, task, sink);
    }

    /**
     * As {@link #run(PrimitiveIterator.OfLong, int, LongFunction, Sink)}, with at most {@code window}
     * results in flight (finished but not yet given to the sink, or running).
     *
     * @param window results in flight, ≥ {@code threads}
     */
    public static <T> void run(PrimitiveIterator.OfLong indices, int threads, int window, LongFunction<T> task,
                               Sink<T> sink) throws Exception {
        if (window < threads) {
            throw new IllegalArgumentException("window must be >= threads (" + threads + "), was " + window);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (threads == 1) {
            while (indices.hasNext()) {
                long i = indices.nextLong();
                sink.accept(i, task.apply(i));
            }
            return;
        }
        new Execution<>(indices, window, task, sink).run(threads);
    }

    /** One multi-threaded execution: the claimed tasks, the ring of finished results, the first failure. */
    private static final class Execution<T> {
        private final PrimitiveIterator.OfLong indices;
        private final LongFunction<T> task;
        private final Sink<T> sink;
        private final int window;

        /** Guards the ring, {@link #nextToWrite} and the sink. */
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition written = lock.newCondition();
        private final long[] ringIndex;
        private final Object[] ringResult;
        private final Throwable[] ringFailure;
        private final boolean[] ringFilled;
        /** Sequence number (claim order) of the oldest result not yet given to the sink. */
        private long nextToWrite;
        /** The first failure in task order; set once, under {@link #lock}. */
        private volatile Throwable failure;

        /** Sequence number of the next claim; guarded by {@link #indices}. */
        private long nextToClaim;

        Execution(PrimitiveIterator.OfLong indices, int window, LongFunction<T> task, Sink<T> sink) {
            this.indices = indices;
            this.task = task;
            this.sink = sink;
            this.window = window;
            this.ringIndex = new long[window];
            this.ringResult = new Object[window];
            this.ringFailure = new Throwable[window];
            this.ringFilled = new boolean[window];
        }

        void run(int threads) throws Exception {
            List<Thread> workers = new ArrayList<>(threads);
            for (int t = 1; t <= threads; t++) {
                Thread w = new Thread(this::work, "negsim-worker-" + t);
                w.setDaemon(true);
                workers.add(w);
                w.start();
            }
            try {
                for (Thread w : workers) {
                    w.join();
                }
            } catch (InterruptedException e) {
                lock.lock();
                try {
                    fail(e);
                } finally {
                    lock.unlock();
                }
                workers.forEach(Thread::interrupt);
                throw e;
            }
            Throwable f = failure;
            if (f instanceof Exception ex) {
                throw ex;
            }
            if (f != null) {
                throw (Error) f;
            }
        }

        private void work() {
            while (true) {
                long seq;
                long index;
                synchronized (indices) {
                    if (failure != null || !indices.hasNext()) {
                        return;
                    }
                    seq = nextToClaim++;
                    index = indices.nextLong();
                }
                T result = null;
                Throwable thrown = null;
                try {
                    result = task.apply(index);
                } catch (Throwable t) {
                    thrown = t;
                }
                lock.lock();
                try {
                    // the oldest unwritten task is running elsewhere and will advance nextToWrite
                    while (seq - nextToWrite >= window && failure == null) {
                        written.awaitUninterruptibly();
                    }
                    if (failure != null) {
                        return;
                    }
                    int slot = (int) (seq % window);
                    ringIndex[slot] = index;
                    ringResult[slot] = result;
                    ringFailure[slot] = thrown;
                    ringFilled[slot] = true;
                    drain();
                } finally {
                    lock.unlock();
                }
            }
        }

        /** Gives the sink every finished result from {@link #nextToWrite} on, in order. Lock held. */
        @SuppressWarnings("unchecked")
        private void drain() {
            boolean advanced = false;
            while (failure == null) {
                int slot = (int) (nextToWrite % window);
                if (!ringFilled[slot]) {
                    break;
                }
                long index = ringIndex[slot];
                T result = (T) ringResult[slot];
                Throwable thrown = ringFailure[slot];
                ringFilled[slot] = false;
                ringResult[slot] = null;
                ringFailure[slot] = null;
                nextToWrite++;
                advanced = true;
                if (thrown != null) {
                    fail(thrown);
                } else {
                    try {
                        sink.accept(index, result);
                    } catch (Throwable t) {
                        fail(t);
                    }
                }
            }
            if (advanced) {
                written.signalAll();
            }
        }

        /** Records the first failure and releases every waiting worker. Lock held. */
        private void fail(Throwable t) {
            if (failure == null) {
                failure = t;
            }
            written.signalAll();
        }
    }
}
