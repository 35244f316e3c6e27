package org.negsim.gui;

import org.negsim.engine.NegotiationSim;
import org.negsim.engine.StageActors;

/**
 * The stage a display shows: the run's current stage, or after the last stage the last one played,
 * so that the final decisions stay on screen. Reads the live run: call it between steps (MASON's
 * displays and inspectors do, under the schedule's lock). Not thread-safe.
 */
final class StageView {

    private NegotiationSim run;
    private StageActors last;

    /** Shows {@code newRun} from now on (a new run after the console's stop and play). */
    void show(NegotiationSim newRun) {
        this.run = newRun;
        this.last = newRun == null ? null : newRun.currentStage();
    }

    /** The stage to show, or {@code null} before the first run started. */
    StageActors current() {
        if (run != null) {
            StageActors now = run.currentStage();
            if (now != null) {
                last = now;
            }
        }
        return last;
    }
}
