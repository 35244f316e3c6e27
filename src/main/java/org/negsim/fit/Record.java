package org.negsim.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A historical record read against a scenario: per stage and actor, the open-declaration row, or
 * per stage, actor and round, the vote. Actors without a row in a stage are unobserved there.
 * Immutable.
 */
public final class Record {

    private final String file;
    private final List<Observation> rows;
    private final Map<Long, Observation> byStageActor = new HashMap<>();
    private final Map<Long, Observation> votes = new HashMap<>();
    private final int actors;

    Record(String file, List<Observation> rows, int actors) {
        this.file = file;
        this.rows = List.copyOf(rows);
        this.actors = actors;
        for (Observation o : rows) {
            if (o.kind() == Observation.Kind.VOTE) {
                votes.put(voteKey(o.stage(), o.actor(), o.from()), o);
            }
            byStageActor.putIfAbsent(key(o.stage(), o.actor()), o);
        }
    }

    /** The file's name, for messages. */
    public String file() {
        return file;
    }

    /** Every row, in file order. */
    public List<Observation> rows() {
        return rows;
    }

    /** The open-declaration row of an actor in a stage (any row of it for a vote stage), or null. */
    public Observation of(int stage, int actor) {
        return byStageActor.get(key(stage, actor));
    }

    /** The recorded vote of an actor in a round of a vote stage, or null. */
    public Observation vote(int stage, int actor, int round) {
        return votes.get(voteKey(stage, actor, round));
    }

    /** Whether the actor has a row in any stage. */
    public boolean[] observedActors() {
        boolean[] seen = new boolean[actors];
        for (Observation o : rows) {
            seen[o.actor()] = true;
        }
        return seen;
    }

    /** The rows of the given stage. */
    public List<Observation> rowsOf(int stage) {
        List<Observation> out = new ArrayList<>();
        for (Observation o : rows) {
            if (o.stage() == stage) {
                out.add(o);
            }
        }
        return out;
    }

    private long key(int stage, int actor) {
        return (long) stage * actors + actor;
    }

    private long voteKey(int stage, int actor, int round) {
        return ((long) stage * actors + actor) * 1_000_003L + round;
    }
}
