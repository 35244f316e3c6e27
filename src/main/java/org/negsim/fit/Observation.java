package org.negsim.fit;

/**
 * One row of a record: what is known of one actor's decision in one stage.
 *
 * @param line     line of the record file (1 = header), for messages
 * @param stage    index of the stage in the scenario
 * @param actor    index of the actor in scenario order
 * @param kind     what the row says
 * @param from     {@link Kind#JOINED}: the round it joined ({@code from == to}); {@link Kind#INTERVAL}:
 *                 the first round it may have joined; {@link Kind#VOTE}: the round of the vote;
 *                 {@link Kind#NONE}: unused (0)
 * @param to       the last round it may have joined (= from except for intervals)
 * @param vote     {@link org.negsim.engine.DecisionKernel#YES}, {@code NO} or {@code ABSTAIN} for a vote, else 0
 */
public record Observation(int line, int stage, int actor, Kind kind, int from, int to, byte vote) {

    /** What a row of the record says. */
    public enum Kind {
        /** Joined an open declaration in a known round (0 for founders). */
        JOINED,
        /** Joined an open declaration at some round of an interval a..b. */
        INTERVAL,
        /** Never joined within the stage's rounds. */
        NONE,
        /** Voted yes, no or abstained in a round. */
        VOTE
    }
}
