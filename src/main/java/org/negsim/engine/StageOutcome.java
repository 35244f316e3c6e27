package org.negsim.engine;

/**
 * The outcome of one stage of one run: one row of {@code runs.csv}. Integer fields are
 * {@link #NOT_APPLICABLE} (written as an empty cell) when they do not apply, e.g. every outcome
 * field of a stage that did not run, {@code yes/no/abstain} of an open declaration or
 * {@code successRound} of a stage that failed.
 *
 * @param stageId       the stage id
 * @param ruleType      the rule's {@code type}
 * @param executed      whether the stage ran (its {@code when} held)
 * @param success       adopted (vote) or every success condition met (open declaration)
 * @param successRound  the adoption round or the first round at the end of which the conditions held, ≥ 1
 * @param inForceRound  open declarations: successRound + entryIntoForceDelay (may exceed the stage's rounds)
 * @param rounds        rounds run (the adoption round for an adopted vote)
 * @param members       |M|
 * @param yes           yes votes in the last round (vote stages)
 * @param no            no votes in the last round (vote stages)
 * @param abstain       abstentions, including members who could not vote, in the last round
 * @param joined        actors supporting the text at the end (joined, or voted yes in the last round)
 * @param joinedByKind  {@code joined} per kind, in the order of {@code Scenario.kinds()}
 * @param shareByWeight supporters' weight as a fraction of the members' total, per weight name in
 *                      the order of {@code Scenario.weightNames()}; NaN when the members weigh nothing
 * @param text          the final text per issue (the last text voted on), null if not executed
 * @param ambition      mean |x_d − q_d| of the final text, NaN if not executed
 * @param measures      one value per measure of the scenario, in its order: the value of a measure of
 *                      this stage, NaN for a measure of another stage or when the stage did not run
 *                      (or when the value is undefined, e.g. a share of actors who weigh nothing)
 */
public record StageOutcome(String stageId, String ruleType, boolean executed, boolean success,
                           int successRound, int inForceRound, int rounds, int members,
                           int yes, int no, int abstain, int joined, int[] joinedByKind,
                           double[] shareByWeight, double[] text, double ambition, double[] measures) {

    private static final double[] NO_MEASURES = new double[0];

    /** An outcome of a scenario without measures. */
    public StageOutcome(String stageId, String ruleType, boolean executed, boolean success,
                        int successRound, int inForceRound, int rounds, int members,
                        int yes, int no, int abstain, int joined, int[] joinedByKind,
                        double[] shareByWeight, double[] text, double ambition) {
        this(stageId, ruleType, executed, success, successRound, inForceRound, rounds, members, yes, no, abstain,
                joined, joinedByKind, shareByWeight, text, ambition, NO_MEASURES);
    }

    /** This outcome with the given measure values. */
    public StageOutcome withMeasures(double[] values) {
        return new StageOutcome(stageId, ruleType, executed, success, successRound, inForceRound, rounds, members,
                yes, no, abstain, joined, joinedByKind, shareByWeight, text, ambition, values);
    }

    /** Marks an integer field that does not apply. */
    public static final int NOT_APPLICABLE = -1;

    /**
     * Who supports the text at the end of a stage: actors that joined (open declaration) or voted
     * yes in the last round (vote).
     *
     * @param count         how many
     * @param byKind        how many per kind, in the order of {@code Scenario.kinds()}
     * @param shareByWeight their weight as a fraction of the members' total, per weight name in the
     *                      order of {@code Scenario.weightNames()}; NaN when the members weigh nothing
     */
    public record Supporters(int count, int[] byKind, double[] shareByWeight) {
    }

    /**
     * The outcome of a vote stage that ran.
     *
     * @param adopted       whether the text was adopted
     * @param adoptionRound the round it was adopted in (≥ 1), {@link #NOT_APPLICABLE} if it was not
     * @param rounds        rounds run (the adoption round when adopted)
     * @param present       members present and voting, |M| minus absentees
     * @param yes           yes votes in the last round; also {@code supporters.count()}
     * @param no            no votes in the last round
     * @param abstain       abstentions in the last round, including members who could not vote
     * @param text          the last text voted on, per issue
     * @param ambition      mean |x_d − q_d| of that text
     */
    public static StageOutcome vote(String stageId, String ruleType, boolean adopted, int adoptionRound, int rounds,
                                    int present, int yes, int no, int abstain, Supporters supporters,
                                    double[] text, double ambition) {
        return new StageOutcome(stageId, ruleType, true, adopted, adoptionRound, NOT_APPLICABLE, rounds, present,
                yes, no, abstain, supporters.count(), supporters.byKind(), supporters.shareByWeight(), text, ambition);
    }

    /**
     * The outcome of an open declaration that ran; yes/no/abstain do not apply.
     *
     * @param succeeded    whether every success condition was met
     * @param successRound the first round at the end of which they held (≥ 1), else {@link #NOT_APPLICABLE}
     * @param inForceRound successRound + entryIntoForceDelay (may exceed the stage's rounds), else
     *                     {@link #NOT_APPLICABLE}
     * @param rounds       rounds run
     * @param members      |M|
     * @param text         the final text, per issue
     * @param ambition     mean |x_d − q_d| of the final text
     */
    public static StageOutcome declaration(String stageId, String ruleType, boolean succeeded, int successRound,
                                           int inForceRound, int rounds, int members, Supporters supporters,
                                           double[] text, double ambition) {
        return new StageOutcome(stageId, ruleType, true, succeeded, successRound, inForceRound, rounds, members,
                NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, supporters.count(), supporters.byKind(),
                supporters.shareByWeight(), text, ambition);
    }

    /** The outcome of a stage whose {@code when} did not hold. */
    public static StageOutcome notExecuted(String stageId, String ruleType) {
        return new StageOutcome(stageId, ruleType, false, false, NOT_APPLICABLE, NOT_APPLICABLE,
                NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE,
                NOT_APPLICABLE, null, null, null, Double.NaN);
    }
}
