package org.negsim.model;

/**
 * How a stage's initial text is made.
 *
 * @param mode      the initialiser
 * @param values    the text per issue (issue order) for {@link Mode#OBJECT}, else {@code null}
 * @param initiator the initiating actor's id for {@link Mode#INITIATOR}, else {@code null}
 */
public record TextSpec(Mode mode, double[] values, String initiator) {

    /** The four initialisers of a stage's {@code text} (docs/scenario.md). */
    public enum Mode {
        /** a literal text given in the scenario */
        OBJECT,
        /** the current position of the stage's {@code initiator} */
        INITIATOR,
        /** the capability×salience-weighted mean of the members' current positions */
        COMPROMISE,
        /** the final text of the most recent stage that ran */
        INHERIT
    }
}
