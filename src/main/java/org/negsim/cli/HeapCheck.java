package org.negsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.scenario.ParameterPaths;
import org.negsim.scenario.ScenarioException;
import org.negsim.sweep.SweepPlan;

/**
 * A rough, deliberately generous estimate of the heap a run or sweep needs, checked before
 * anything is written, so that a scenario far too large for the JVM is refused at once with advice
 * instead of failing with {@link OutOfMemoryError} after minutes. Pure arithmetic on the scenario's
 * counts (nothing is measured), so the same scenario always gives the same estimate:
 *
 * <ul>
 *   <li>the scenario: {@value #TREE_BYTES_PER_FILE_BYTE} bytes of heap per byte of the file, held once
 *       for the manifest and the shared bound scenario, and once more per thread of a sweep whose
 *       varied parameters reach into the actors, issues or ties (each design point being built
 *       copies them); other varied parameters copy only their own part of the tree, and each thread
 *       then holds a bound scenario, {@value #STREAMED_BYTES_PER_FILE_BYTE} bytes per byte;
 *       measured: a 296 MB file of 1,000,000 actors peaks at 2.3 GB while read and bound; a run
 *       that streams the actors ({@link org.negsim.scenario.ScenarioLoader#load(Path, List)}) holds
 *       {@value #STREAMED_BYTES_PER_FILE_BYTE} bytes per byte instead;</li>
 *   <li>the engine, per concurrent run: actors × (3 × issues doubles + weights doubles + 128 bytes);</li>
 *   <li>the rows a run records before they are written, per buffered run: {@code rounds.csv}
 *       (Σ stages (rounds + 1) rows) and {@code actors.csv} (stages × actors rows), each cell
 *       counted as 12 characters and each character as {@value #BYTES_PER_CHAR} bytes (growing
 *       buffers and the final copy); it assumes every stage runs all its rounds.</li>
 * </ul>
 *
 * {@code negsim run} has one concurrent and one buffered run; {@code negsim sweep} with T threads
 * has T concurrent runs and up to 4 × T buffered ones (one with one thread).
 */
public final class HeapCheck {

    /**
     * Heap bytes per byte of scenario file for its tree and bound scenario: measured 2,276 MB for a
     * 296 MB file of 1,000,000 actors (docs/performance.md), 7.7, rounded up. Not more: an
     * over-estimate would refuse runs that fit, while an under-estimate is caught by {@link Main}.
     */
    public static final long TREE_BYTES_PER_FILE_BYTE = 8;
    /**
     * Heap bytes per byte of scenario file for a bound scenario whose actors were streamed (no
     * tree of them): measured 447 MB for the 296 MB file of 1,000,000 actors, 1.5, rounded up.
     */
    public static final long STREAMED_BYTES_PER_FILE_BYTE = 2;
    /** Heap bytes per recorded character (Latin-1 builders that double, then one copy). */
    public static final long BYTES_PER_CHAR = 3;
    /** Characters counted per CSV cell. */
    public static final long CHARS_PER_CELL = 12;
    /** What the JVM and negsim need before any scenario: classes, picocli, buffers. */
    public static final long BASELINE_BYTES = 32L << 20;

    private static final long MB = 1L << 20;

    private HeapCheck() {
    }

    /**
     * Estimated heap in bytes.
     *
     * @param fileBytes      size of the scenario file
     * @param scenario       the bound scenario (after {@code --set}, or the base of a sweep)
     * @param concurrentRuns runs in progress at the same time (threads), ≥ 1
     * @param bufferedRuns   runs whose rows may be held in memory at the same time, ≥ 1
     * @param rounds         whether {@code rounds.csv} is recorded
     * @param actors         whether {@code actors.csv} is recorded
     */
    public static long estimate(long fileBytes, Scenario scenario, int concurrentRuns, int bufferedRuns,
                                boolean rounds, boolean actors) {
        return estimate(fileBytes, TREE_BYTES_PER_FILE_BYTE, scenario, concurrentRuns, bufferedRuns, rounds, actors);
    }

    /**
     * {@link #estimate(long, Scenario, int, int, boolean, boolean)} with another number of heap
     * bytes per file byte for the scenario ({@link #STREAMED_BYTES_PER_FILE_BYTE} when its actors were streamed).
     */
    public static long estimate(long fileBytes, long bytesPerFileByte, Scenario scenario, int concurrentRuns,
                                int bufferedRuns, boolean rounds, boolean actors) {
        return estimate(fileBytes, bytesPerFileByte, scenario, concurrentRuns, concurrentRuns > 1 ? concurrentRuns : 0,
                bufferedRuns, rounds, actors);
    }

    /**
     * The estimate with an explicit number of extra scenario copies: {@code extraCopies} trees and
     * bound scenarios held besides the first (0 for a sweep without varied parameters, whose workers
     * share one bound scenario; the number of threads for one whose points each copy the tree).
     */
    public static long estimate(long fileBytes, long bytesPerFileByte, Scenario scenario, int concurrentRuns,
                                int extraCopies, int bufferedRuns, boolean rounds, boolean actors) {
        long n = scenario.actors().size();
        long issues = scenario.issues().size();
        long kinds = scenario.kinds().size();
        long weights = scenario.weightNames().size();
        long stages = scenario.stages().size();
        double tree = (double) fileBytes * bytesPerFileByte * (1 + extraCopies);
        double engine = (double) concurrentRuns * n * (3 * 8 * issues + 8 * weights + 128);
        double rows = 0;
        if (rounds) {
            double roundRows = 0;
            for (Stage s : scenario.stages()) {
                roundRows += s.rounds() + 1.0;
            }
            rows += roundRows * (6 + kinds + weights + issues) * CHARS_PER_CELL;
        }
        if (actors) {
            rows += (double) stages * n * (8 + issues) * CHARS_PER_CELL;
        }
        rows += (double) stages * (20 + kinds + weights + issues) * CHARS_PER_CELL;
        double total = BASELINE_BYTES + tree + engine + (double) bufferedRuns * rows * BYTES_PER_CHAR;
        return total >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) total;
    }

    /**
     * The check of {@code negsim run}: one run recording all three tables.
     *
     * @param actorsStreamed whether the scenario's actors were bound as they were read (no tree of them)
     */
    static void checkRun(Path scenarioFile, Scenario scenario, boolean actorsStreamed)
            throws IOException, TooLargeException {
        long perFileByte = actorsStreamed ? STREAMED_BYTES_PER_FILE_BYTE : TREE_BYTES_PER_FILE_BYTE;
        check("this run", estimate(Files.size(scenarioFile), perFileByte, scenario, 1, 1, true, true),
                Runtime.getRuntime().maxMemory(), "fewer actors, stages or rounds");
    }

    /** Whether setting these varied paths copies the actors' part of the tree (see {@code ParameterPaths.copyForSet}). */
    static boolean copiesActors(List<String> paths) {
        return paths.stream().map(ParameterPaths::topKey)
                .anyMatch(top -> top == null || top.equals("actors") || top.equals("issues") || top.equals("ties"));
    }

    /**
     * The check of {@code negsim sweep}, on the scenario of design point 0 (a varied round count
     * may make other points larger).
     */
    static void checkSweep(Path scenarioFile, SweepPlan plan, int threads, List<String> recorded)
            throws IOException, ScenarioException, TooLargeException {
        Scenario base = plan.firstPointScenario();
        long fileBytes = Files.size(scenarioFile);
        // the workers share each design point's bound scenario; a point with varied values binds its own
        // (one per thread in flight), from a copy of the tree's varied members: all of it when they reach
        // into the actors, issues or ties, else a small part, and then only the bound scenario counts
        boolean copiesActors = copiesActors(plan.paths());
        int extraCopies = plan.paths().isEmpty() || threads == 1 || !copiesActors ? 0 : threads;
        long estimate = estimate(fileBytes, TREE_BYTES_PER_FILE_BYTE, base, threads, extraCopies,
                threads == 1 ? 1 : 4 * threads, recorded.contains("rounds"), recorded.contains("actors"));
        if (!plan.paths().isEmpty() && threads > 1 && !copiesActors) {
            estimate += (long) threads * fileBytes * STREAMED_BYTES_PER_FILE_BYTE;
        }
        check("this sweep", estimate, Runtime.getRuntime().maxMemory(),
                "fewer actors, stages or rounds, fewer --threads or no --record");
    }

    /**
     * Refuses when the estimate exceeds the heap.
     *
     * @param what     what needs it, e.g. {@code "this run"}
     * @param needed   {@link #estimate} in bytes
     * @param maxHeap  {@link Runtime#maxMemory()}
     * @param whatElse what else the user could reduce, e.g. {@code "fewer actors, stages or rounds"}
     * @throws TooLargeException with the one-line advice
     */
    public static void check(String what, long needed, long maxHeap, String whatElse) throws TooLargeException {
        if (needed > maxHeap) {
            throw new TooLargeException(message(what, needed, maxHeap, whatElse));
        }
    }

    /**
     * {@code WHAT needs about N MB of heap; the JVM has M MB; rerun with JAVA_OPTS=-XmxK (or use WHAT_ELSE)},
     * K being the estimate plus a quarter, rounded up to whole GB (or MB under 1 GB). Beyond a
     * petabyte only {@code use WHAT_ELSE} is suggested.
     */
    public static String message(String what, long needed, long maxHeap, String whatElse) {
        String head = what + " needs about " + mb(needed) + " MB of heap; the JVM has " + mb(maxHeap) + " MB; ";
        return needed >= 1L << 50 ? head + "use " + whatElse
                : head + "rerun with JAVA_OPTS=-Xmx" + suggestXmx(needed) + " (or use " + whatElse + ")";
    }

    /** An {@code -Xmx} value comfortably above {@code needed}: +25 %, whole GB ({@code 12g}) or MB ({@code 640m}). */
    public static String suggestXmx(long needed) {
        double want = needed * 1.25;
        if (want >= 1024.0 * MB) {
            return (long) Math.ceil(want / (1024.0 * MB)) + "g";
        }
        return (long) Math.ceil(want / MB) + "m";
    }

    private static String mb(long bytes) {
        return Long.toString(bytes / MB + (bytes % MB == 0 ? 0 : 1));
    }

    /** Refusal: the run would not fit in the heap. A usage error (exit 2): nothing was written. */
    public static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }
}
