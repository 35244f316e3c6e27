package org.negsim.sweep;

import java.util.ArrayDeque;
import java.util.PrimitiveIterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

/**
 * Runs independent tasks on a pool of threads and hands their results to a sink <em>in task
 * order</em>, on the calling thread. At most {@code threads × 4} results are in flight, so memory
 * stays bounded however many tasks there are. With one thread the tasks run on the calling thread.
 * The output is therefore the same, byte for byte, whatever the number of threads, provided each
 * task is a pure function of its index.
 */
public final class OrderedExecutor {

    /** Receives each result in order; may throw to abort the whole execution. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(long index, T result) throws Exception;
    }

    private OrderedExecutor() {
    }

    /**
     * Runs {@code task} for every index of {@code indices} and feeds the results to {@code sink} in
     * the order of {@code indices}.
     *
     * @param threads number of worker threads, ≥ 1
     * @throws Exception the first exception a task or the sink threw (a task's own exception, unwrapped);
     *                   remaining tasks are cancelled
     */
    public static <T> void run(PrimitiveIterator.OfLong indices, int threads, LongFunction<T> task, Sink<T> sink)
            throws Exception {
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
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        ArrayDeque<long[]> pendingIndex = new ArrayDeque<>();
        ArrayDeque<Future<T>> pending = new ArrayDeque<>();
        int window = threads * 4;
        try {
            while (indices.hasNext() || !pending.isEmpty()) {
                while (pending.size() < window && indices.hasNext()) {
                    long i = indices.nextLong();
                    pendingIndex.add(new long[] {i});
                    pending.add(pool.submit(() -> task.apply(i)));
                }
                Future<T> head = pending.poll();
                long index = pendingIndex.poll()[0];
                T result;
                try {
                    result = head.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Exception ex) {
                        throw ex;
                    }
                    throw (Error) cause;
                }
                sink.accept(index, result);
            }
        } finally {
            for (Future<T> f : pending) {
                f.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "negsim-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
