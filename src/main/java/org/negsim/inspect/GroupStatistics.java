package org.negsim.inspect;

import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.negsim.stats.WilsonInterval;

/**
 * The accumulated outcomes of one stage over the runs of one group: how many runs, how many
 * succeeded, and the summary statistics of {@code success_round}, {@code joined} and
 * {@code ambition} over the runs where that cell is not empty ("not applicable" cells are left
 * out, not counted as 0). Memory does not grow with the number of runs.
 *
 * <p>A run succeeds when its stage ran and met the stage's success conditions; a stage that did not
 * run counts as not successful.
 *
 * <p>Not thread-safe.
 */
public final class GroupStatistics {

    private long runs;
    private long executed;
    private long successes;
    private final SummaryStatistics successRound = new SummaryStatistics();
    private final SummaryStatistics joined = new SummaryStatistics();
    private final SummaryStatistics ambition = new SummaryStatistics();
    private final SummaryStatistics yes = new SummaryStatistics();
    private final SummaryStatistics no = new SummaryStatistics();
    private final SummaryStatistics abstain = new SummaryStatistics();

    /**
     * Adds one run's outcome of the stage.
     *
     * @param ran          whether the stage ran
     * @param success      whether it ran and succeeded
     * @param successRound {@code success_round}, NaN when empty
     * @param joinedCount  {@code joined}, NaN when empty
     * @param ambitionValue {@code ambition}, NaN when empty
     */
    public void add(boolean ran, boolean success, double successRound, double joinedCount, double ambitionValue) {
        runs++;
        if (ran) {
            executed++;
        }
        if (success) {
            successes++;
        }
        addIfPresent(this.successRound, successRound);
        addIfPresent(this.joined, joinedCount);
        addIfPresent(this.ambition, ambitionValue);
    }

    /**
     * Adds one run's votes in the stage's last round (vote stages; NaN when the cell is empty, as for
     * an open declaration or a stage that did not run).
     */
    public void addVotes(double yesCount, double noCount, double abstainCount) {
        addIfPresent(yes, yesCount);
        addIfPresent(no, noCount);
        addIfPresent(abstain, abstainCount);
    }

    /** {@code yes} (votes in the last round) over the runs where the stage ran and voted. */
    public StatisticalSummary yes() {
        return yes.getSummary();
    }

    /** {@code no} over the runs where the stage ran and voted. */
    public StatisticalSummary no() {
        return no.getSummary();
    }

    /** {@code abstain} over the runs where the stage ran and voted. */
    public StatisticalSummary abstain() {
        return abstain.getSummary();
    }

    /** Whether some run of the group has votes (the stage is a vote). */
    public boolean hasVotes() {
        return yes.getN() > 0 || no.getN() > 0 || abstain.getN() > 0;
    }

    /** Runs added. */
    public long runs() {
        return runs;
    }

    /** Runs in which the stage ran. */
    public long executed() {
        return executed;
    }

    /** Runs in which the stage ran and succeeded. */
    public long successes() {
        return successes;
    }

    /** The success rate with its 95 % Wilson interval (NaN when no runs). */
    public WilsonInterval successRate() {
        return WilsonInterval.of(successes, runs);
    }

    /** {@code success_round} over the runs where it has a value (the successful ones). */
    public StatisticalSummary successRound() {
        return successRound.getSummary();
    }

    /** {@code joined} over the runs where the stage ran. */
    public StatisticalSummary joined() {
        return joined.getSummary();
    }

    /** {@code ambition} over the runs where the stage ran. */
    public StatisticalSummary ambition() {
        return ambition.getSummary();
    }

    /**
     * The mean of a summary: NaN when it holds no value.
     */
    public static double mean(StatisticalSummary s) {
        return s.getN() == 0 ? Double.NaN : s.getMean();
    }

    /**
     * The standard error of the mean, sd/√n with the sample standard deviation (n − 1 in the
     * variance); NaN when n &lt; 2, where it is not defined.
     */
    public static double standardError(StatisticalSummary s) {
        return s.getN() < 2 ? Double.NaN : s.getStandardDeviation() / Math.sqrt(s.getN());
    }

    private static void addIfPresent(SummaryStatistics statistics, double value) {
        if (!Double.isNaN(value)) {
            statistics.addValue(value);
        }
    }
}
