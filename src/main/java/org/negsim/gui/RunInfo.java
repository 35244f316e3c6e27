package org.negsim.gui;

import java.util.List;

/**
 * The console's "Model" tab: which run is on display and where it stands, as a read-only bean for
 * MASON's inspector. Reads the live run, like {@link ActorNode}.
 */
public final class RunInfo {

    private final NegotiationGui gui;

    RunInfo(NegotiationGui gui) {
        this.gui = gui;
    }

    /** The scenario's name. */
    public String getScenario() {
        return gui.scenario().name();
    }

    /** The full 64-bit seed of the run on display ({@code negsim run --seed} with it gives the same run). */
    public long getSeed() {
        return gui.runSeed();
    }

    /** The id of the stage on display (the last one played once the run is over); empty before the run. */
    public String getStage() {
        List<SupportSeries.Stage> s = gui.series().snapshot();
        return s.isEmpty() ? "" : s.get(s.size() - 1).id();
    }

    /** The last round played of the stage on display (0 before its first round); −1 before the run. */
    public int getRound() {
        List<SupportSeries.Stage> s = gui.series().snapshot();
        return s.isEmpty() ? -1 : s.get(s.size() - 1).supporters().size() - 1;
    }

    /** Actors supporting the text at the end of that round (joined, or voted yes); 0 before the run. */
    public int getSupporters() {
        List<SupportSeries.Stage> s = gui.series().snapshot();
        if (s.isEmpty()) {
            return 0;
        }
        List<Integer> last = s.get(s.size() - 1).supporters();
        return last.get(last.size() - 1);
    }

    /** Whether every stage has been played. */
    public boolean isFinished() {
        return gui.finished();
    }
}
