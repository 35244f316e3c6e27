package org.negsim.engine;

import org.negsim.model.Actor;

/**
 * A read-only view of every actor at the end of a stage, indexed in scenario order, valid only
 * during {@link RunListener#stageEnded}. One row of {@code actors.csv} per index.
 */
public interface StageActors {

    /** Number of actors. */
    int size();

    /** The actor's scenario definition. */
    Actor actor(int i);

    /** Whether the actor is a member of the stage. */
    boolean member(int i);

    /**
     * {@code joined} or {@code none} in an open declaration; {@code yes}, {@code no} or
     * {@code abstain} (the last round's vote) in a vote stage, {@code absent} for its absentees;
     * {@code none} for non-members.
     */
    String decision(int i);

    /**
     * The round of joining (0 for founders; the latest join if the actor withdrew and re-joined)
     * or of the last vote; {@link StageOutcome#NOT_APPLICABLE} for {@code none} and {@code absent}.
     */
    int decisionRound(int i);

    /** G_i of the stage's final text with the actor's positions at the end of the stage. */
    double gain(int i);

    /** The actor's position on issue {@code d} at the end of the stage. */
    double position(int i, int d);
}
