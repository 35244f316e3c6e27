package org.negsim.gui;

import java.util.ArrayList;
import java.util.List;
import org.negsim.engine.RoundRecord;
import org.negsim.engine.RunListener;
import org.negsim.engine.StageActors;
import org.negsim.engine.StageOutcome;

/**
 * Supporters per round of one run, as the chart draws them: a {@link RunListener} that the
 * simulation thread feeds and the Swing thread reads through {@link #snapshot()}. Thread-safe.
 */
final class SupportSeries implements RunListener {

    /**
     * One stage's curve: {@code supporters.get(r)} actors supported the text at the end of round r
     * (round 0: founders, or nobody before a vote); {@code successRound} is the round at the end of
     * which the stage succeeded, or −1.
     */
    record Stage(String id, List<Integer> supporters, int successRound) {
    }

    private final List<String> ids = new ArrayList<>();
    private final List<List<Integer>> supporters = new ArrayList<>();
    private final List<Integer> successRounds = new ArrayList<>();

    @Override
    public synchronized void round(RoundRecord record) {
        int last = ids.size() - 1;
        if (record.round() == 0 || last < 0 || !ids.get(last).equals(record.stageId())) {
            ids.add(record.stageId());
            supporters.add(new ArrayList<>());
            successRounds.add(StageOutcome.NOT_APPLICABLE);
            last++;
        }
        supporters.get(last).add(record.joined());
        if (record.success() && successRounds.get(last) == StageOutcome.NOT_APPLICABLE) {
            successRounds.set(last, record.round());
        }
    }

    @Override
    public void stageEnded(StageOutcome outcome, StageActors actors) {
        // the curve of a stage is complete with its last round; a skipped stage has no curve
    }

    /** Forgets everything (a new run starts). */
    synchronized void clear() {
        ids.clear();
        supporters.clear();
        successRounds.clear();
    }

    /** The curves so far, in stage order, as an immutable copy. */
    synchronized List<Stage> snapshot() {
        List<Stage> out = new ArrayList<>(ids.size());
        for (int s = 0; s < ids.size(); s++) {
            out.add(new Stage(ids.get(s), List.copyOf(supporters.get(s)), successRounds.get(s)));
        }
        return List.copyOf(out);
    }
}
