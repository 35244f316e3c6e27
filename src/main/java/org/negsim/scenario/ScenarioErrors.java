package org.negsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Several independent scenario errors found in one pass, in file order: {@link #errors()} holds at
 * most {@link Problems#LIMIT}; {@link #lines()} adds {@code and N more} when there were more.
 * {@link #path()} and {@link #detail()} are the first error's.
 */
public final class ScenarioErrors extends ScenarioException {

    private static final long serialVersionUID = 1L;

    private final List<ScenarioException> errors;
    private final int total;

    /**
     * @param errors the errors shown, in file order (at least two, or one with {@code total} larger)
     * @param total  how many were found
     */
    ScenarioErrors(List<ScenarioException> errors, int total) {
        super(errors.get(0).path(), errors.get(0).detail());
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    /** The same count of errors, each replaced by its counterpart in {@code replaced} (same order, same size). */
    ScenarioErrors with(List<ScenarioException> replaced) {
        return new ScenarioErrors(replaced, total);
    }

    /** The errors shown, in file order. */
    public List<ScenarioException> errors() {
        return errors;
    }

    @Override
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ScenarioException e : errors) {
            lines.add(e.getMessage());
        }
        if (total > errors.size()) {
            lines.add("and " + (total - errors.size()) + " more");
        }
        return lines;
    }

    @Override
    public String getMessage() {
        return String.join("\n", lines());
    }
}
