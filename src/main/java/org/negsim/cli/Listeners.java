package org.negsim.cli;

import org.negsim.engine.RoundRecord;
import org.negsim.engine.RunListener;
import org.negsim.engine.StageActors;
import org.negsim.engine.StageOutcome;

/** Combines run listeners. */
final class Listeners {

    private Listeners() {
    }

    /** A listener that passes every call to {@code first}, then to {@code second}. */
    static RunListener both(RunListener first, RunListener second) {
        return new RunListener() {
            @Override
            public void round(RoundRecord record) {
                first.round(record);
                second.round(record);
            }

            @Override
            public void stageEnded(StageOutcome outcome, StageActors actors) {
                first.stageEnded(outcome, actors);
                second.stageEnded(outcome, actors);
            }
        };
    }
}
