package org.negsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors found while binding one scenario. A check that fails inside {@link #attempt} is
 * recorded and binding goes on with the next element or field, so that one pass finds every
 * independent error; a failure outside {@code attempt} (a syntax error, a missing {@code issues},
 * the wrong type of a top-level member) still stops at once, because later checks would be
 * meaningless. Not thread-safe.
 */
final class Problems {

    /** A check that may fail with a scenario error. */
    interface Check {
        void run() throws ScenarioException;
    }

    private final List<ScenarioException> found = new ArrayList<>();

    /** Runs {@code check}; records its error instead of throwing it. Returns whether it passed. */
    boolean attempt(Check check) throws ScenarioException {
        try {
            check.run();
            return true;
        } catch (ScenarioException e) {
            found.add(e);
            throw e;
        }
    }

    /** Whether no error was recorded. */
    boolean none() {
        return found.isEmpty();
    }

    /** Throws the errors recorded, if any. */
    void throwIfAny() throws ScenarioException {
        if (!found.isEmpty()) {
            throw found.get(0);
        }
    }
}
