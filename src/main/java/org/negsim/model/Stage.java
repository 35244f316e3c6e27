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
 */
public record Stage(String id, String forum, DecisionRule rule, Selector members, TextSpec text,
                    int rounds, double concession, List<String> founders, List<SuccessCondition> success,
                    int entryIntoForceDelay, boolean allowWithdrawal, When when) {

    /** Whether this is an open-declaration stage (otherwise the members vote). */
    public boolean isOpenDeclaration() {
        return rule instanceof org.negsim.rules.OpenDeclaration;
    }
}
