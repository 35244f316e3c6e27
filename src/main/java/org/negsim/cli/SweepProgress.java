package org.negsim.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.negsim.sweep.SweepJob;

/**
 * How {@code negsim sweep} shows its progress: a progress bar on a terminal (runs done, rate,
 * time left), plain lines when standard error is not a terminal (at most one per 10 % or per
 * 30 seconds), or nothing with {@code --quiet}.
 */
final class SweepProgress {

    private SweepProgress() {
    }

    /** The progress display for this process's standard error. */
    static SweepJob.Progress choose(boolean quiet, boolean terminal, PrintStream terminalStream, PrintWriter err) {
        if (quiet) {
            return new Silent();
        }
        return terminal ? new Bar(terminalStream) : new Lines(err);
    }

    /** Shows nothing. */
    static final class Silent implements SweepJob.Progress {
        @Override
        public void start(long total, long alreadyDone) {
        }

        @Override
        public void runDone() {
        }

        @Override
        public void finish() {
        }
    }

    /** A progress bar (me.tongfei:progressbar) redrawn in place on a terminal. */
    static final class Bar implements SweepJob.Progress {
        private final PrintStream stream;
        private ProgressBar bar;

        Bar(PrintStream stream) {
            this.stream = stream;
        }

        @Override
        public void start(long total, long alreadyDone) {
            bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(stream)).setUnit(" runs", 1).showSpeed()
                    .setSpeedUnit(ChronoUnit.SECONDS).startsFrom(alreadyDone, Duration.ZERO).build();
        }

        @Override
        public void runDone() {
            bar.step();
        }

        @Override
        public void finish() {
            bar.close();
        }
    }

    /** Plain progress lines for logs and batch jobs. */
    static final class Lines implements SweepJob.Progress {
        private static final long INTERVAL_NANOS = 30_000_000_000L;
        private final PrintWriter out;
        private long total;
        private long done;
        private long doneAtStart;
        private long startNanos;
        private long lastNanos;
        private long nextTenth;

        Lines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void start(long total, long alreadyDone) {
            this.total = total;
            this.done = alreadyDone;
            this.doneAtStart = alreadyDone;
            this.startNanos = System.nanoTime();
            this.lastNanos = startNanos;
            this.nextTenth = nextTenth(alreadyDone);
            out.println(alreadyDone > 0
                    ? "sweep: resuming at " + alreadyDone + " of " + total + " runs"
                    : "sweep: " + total + " runs");
            out.flush();
        }

        private long nextTenth(long d) {
            return total == 0 ? Long.MAX_VALUE : ((d * 10 / total) + 1) * total / 10;
        }

        @Override
        public void runDone() {
            done++;
            long now = System.nanoTime();
            if (done >= nextTenth || now - lastNanos >= INTERVAL_NANOS) {
                nextTenth = nextTenth(done);
                lastNanos = now;
                print(now);
            }
        }

        private void print(long now) {
            double seconds = (now - startNanos) / 1e9;
            double rate = seconds > 0 ? (done - doneAtStart) / seconds : 0;
            String left = rate > 0 ? String.format(Locale.ROOT, ", about %.0f s left", (total - done) / rate) : "";
            out.println(String.format(Locale.ROOT, "sweep: %d of %d runs (%.0f %%), %.1f runs/s%s", done, total,
                    total == 0 ? 100.0 : 100.0 * done / total, rate, done < total ? left : ""));
            out.flush();
        }

        @Override
        public void finish() {
        }
    }
}
