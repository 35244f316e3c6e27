package org.negsim.rules;

/** A forum's decision rule: a {@link VoteRule} or the {@link OpenDeclaration}. */
public sealed interface DecisionRule permits VoteRule, OpenDeclaration {

    /** The rule's {@code type} as written in scenario files and in the {@code rule} column. */
    String type();
}
