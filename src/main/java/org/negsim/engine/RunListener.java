package org.negsim.engine;

/**
 * Receives the trace of a run as it happens, so that large runs stream to disk instead of being
 * held in memory. Called on the thread that runs the simulation, in order: for each executed
 * stage its rounds 0 … n, then {@code stageEnded}; for a stage that did not run only
 * {@code stageEnded} with {@code actors == null}.
 */
public interface RunListener {

    /** A listener that records nothing. */
    RunListener NONE = new RunListener() {
    };

    /** The end of one round (round 0: the state before the first round). */
    default void round(RoundRecord record) {
    }

    /** The end of a stage; {@code actors} is null when the stage did not run. */
    default void stageEnded(StageOutcome outcome, StageActors actors) {
    }
}
