package org.negsim.engine;

/**
 * The state at the end of one round of one stage: one row of {@code rounds.csv}. Round 0 is the
 * state before the first round (founders joined, initial text).
 *
 * @param stageId       the stage id
 * @param round         round number, 0 … rounds
 * @param joined        actors supporting the text (joined, or voted yes this round)
 * @param joinedByKind  per kind, in the order of {@code Scenario.kinds()}
 * @param shareByWeight supporters' weight as a fraction of the members' total, per weight name; NaN
 *                      when the members weigh nothing
 * @param yes           yes votes this round, or {@link StageOutcome#NOT_APPLICABLE} (open declaration, round 0)
 * @param no            no votes, or not applicable
 * @param abstain       abstentions and members unable to vote, or not applicable
 * @param text          the text voted on this round (the initial text in round 0)
 * @param success       whether the stage has succeeded by the end of this round
 */
public record RoundRecord(String stageId, int round, int joined, int[] joinedByKind, double[] shareByWeight,
                          int yes, int no, int abstain, double[] text, boolean success) {
}
