package org.negsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The errors found while binding one scenario. A check that fails inside {@link #attempt} is
 * recorded and binding goes on with the next element or field, so that one pass finds every
 * independent error; a failure outside {@code attempt} (a syntax error, a missing {@code issues},
 * the wrong type of a top-level member) still stops at once, because later checks would be
 * meaningless. A {@link Consequence} (a reference to an actor that itself failed) is not recorded.
 * Not thread-safe.
 */
final class Problems {

    /** Most errors shown; the rest are counted ({@code and N more}). */
    static final int LIMIT = 50;

    /** A check that may fail with a scenario error. */
    interface Check {
        void run() throws ScenarioException;
    }

    /** An error that only follows from one already recorded: dropped, so each mistake is told once. */
    static final class Consequence extends ScenarioException {
        private static final long serialVersionUID = 1L;

        Consequence(String path) {
            super(path, "refers to an element that has an error");
        }
    }

    private final List<ScenarioException> found = new ArrayList<>();

    /** Runs {@code check}; records its error instead of throwing it. Returns whether it passed. */
    boolean attempt(Check check) {
        try {
            check.run();
            return true;
        } catch (ScenarioErrors e) {
            found.addAll(e.errors());
            return false;
        } catch (Consequence e) {
            return false;
        } catch (ScenarioException e) {
            found.add(e);
            return false;
        }
    }

    /** Whether no error was recorded. */
    boolean none() {
        return found.isEmpty();
    }

    /**
     * Throws the errors recorded, if any, ordered by where they are in the file: by the position
     * of their top-level member in {@code topKeys} (binding order within it, which is file order).
     */
    void throwIfAny(List<String> topKeys) throws ScenarioException {
        if (found.isEmpty()) {
            return;
        }
        List<ScenarioException> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(e -> rank(topKeys, e.path())));
        if (sorted.size() == 1) {
            throw sorted.get(0);
        }
        throw new ScenarioErrors(sorted.subList(0, Math.min(LIMIT, sorted.size())), sorted.size());
    }

    private static int rank(List<String> topKeys, String path) {
        for (int i = 0; i < topKeys.size(); i++) {
            String k = "$." + topKeys.get(i);
            if (path.startsWith(k) && (path.length() == k.length() || "[.".indexOf(path.charAt(k.length())) >= 0)) {
                return i;
            }
        }
        return topKeys.size();
    }
}
