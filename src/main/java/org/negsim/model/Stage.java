package org.negsim.model;

import java.util.List;
import org.negsim.rules.DecisionRule;

/**
 * One forum meeting on one text under one decision rule.
 *
 * @param id                  unique stage id
 * @param forum               free text for people, or {@code null}
 * @param rule                the decision rule (a {@link org.negsim.rules.VoteRule} or
 *                            {@link org.negsim.rules.OpenDeclaration})
 * @param members             who may vote or sign
 * @param text                the initial text
 * @param rounds              number of rounds, ≥ 1 (the deadline)
 * @param concession          μ in [0, 1], the chair's step toward the non-yes members (vote stages)
 * @param founders            actor ids that join in round 0 (open declarations), possibly empty
 * @param success             conditions that must all hold (open declarations), else empty
 * @param entryIntoForceDelay rounds ≥ 0 from success to entry into force
 * @param allowWithdrawal     whether joined actors may leave (open declarations)
 * @param when                when the stage runs
 * @param absent              the members who are absent from every vote of the stage (vote stages),
 *                            or {@code null} for none
 */
public record Stage(String id, String forum, DecisionRule rule, Selector members, TextSpec text,
                    int rounds, double concession, List<String> founders, List<SuccessCondition> success,
                    int entryIntoForceDelay, boolean allowWithdrawal, When when, Selector absent) {

    /** A stage without absentees. */
    public Stage(String id, String forum, DecisionRule rule, Selector members, TextSpec text,
                 int rounds, double concession, List<String> founders, List<SuccessCondition> success,
                 int entryIntoForceDelay, boolean allowWithdrawal, When when) {
        this(id, forum, rule, members, text, rounds, concession, founders, success, entryIntoForceDelay,
                allowWithdrawal, when, null);
    }

    /** Whether the member is absent from this stage's votes. */
    public boolean isAbsent(Actor actor) {
        return absent != null && members.matches(actor) && absent.matches(actor);
    }

    /** Whether this is an open-declaration stage (otherwise the members vote). */
    public boolean isOpenDeclaration() {
        return rule instanceof org.negsim.rules.OpenDeclaration;
    }
}
