package org.negsim.power;

import java.util.List;

/**
 * The pivotal actors of one stage of a run.
 *
 * @param kind     which definition applies
 * @param pivotal  per actor, in scenario order: whether it is pivotal
 * @param ordered  the pivotal actors' indices, largest first ({@link Pivots#largestFirstOrder})
 * @param note     a caveat on the set
 */
public record PivotSet(Kind kind, boolean[] pivotal, List<Integer> ordered, Note note) {

    /** The three definitions. */
    public enum Kind {
        /** members whose change of vote alone would change the final round's outcome */
        VOTE,
        /** the fewest holdouts whose joining would have met every condition */
        FAILED_DECLARATION,
        /** the joined actors without any one of whom some condition would not hold */
        SUCCEEDED_DECLARATION
    }

    /** What the reader must know about the set. */
    public enum Note {
        /** nothing: the set is as defined */
        NONE,
        /** a failed declaration that no set of available holdouts could have rescued */
        UNREACHABLE,
        /** a failed declaration whose search was cut short: a small set, not proven the smallest */
        NOT_PROVEN_FEWEST,
        /** a declaration that succeeded but whose conditions no longer hold at the end (withdrawals) */
        NO_LONGER_HOLDS
    }

    static PivotSet of(Kind kind, boolean[] pivotal, List<Integer> ordered, Note note) {
        return new PivotSet(kind, pivotal, List.copyOf(ordered), note);
    }

    /** Number of pivotal actors. */
    public int count() {
        return ordered.size();
    }

    /** Whether actor i (scenario order) is pivotal. */
    public boolean isPivotal(int i) {
        return pivotal[i];
    }
}
