package org.negsim.rules;

/**
 * An open declaration: anyone among the members may sign; the stage succeeds when every success
 * condition of the stage holds (each condition is checked by
 * {@code org.negsim.model.SuccessCondition#holds}, with the exact fraction and share tests of
 * {@link Thresholds}).
 */
public record OpenDeclaration() implements DecisionRule {

    @Override
    public String type() {
        return "open-declaration";
    }
}
