package org.negsim.scenario;

/**
 * A scenario error: one line naming where the problem is and what is wrong.
 * {@link #getMessage()} is {@code path() + ": " + detail()}, e.g.
 * {@code $.actors[3].salience.restraint: must be >= 0, was -0.2}.
 *
 * <p>For errors in the file the path is a JSON path ({@code $.stages[0].rule}). For errors in a
 * parameter path given to {@link ParameterPaths} it is that parameter path up to and including the
 * segment that failed ({@code actors[XYZ]}). Every message is listed in {@code docs/scenario.md}.
 */
public class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String detail;

    /**
     * @param path   where the problem is (JSON path or parameter path)
     * @param detail what is wrong, one line
     */
    public ScenarioException(String path, String detail) {
        super(path + ": " + detail);
        this.path = path;
        this.detail = detail;
    }

    /** Where the problem is: a JSON path such as {@code $.actors[3].kind} or a parameter path. */
    public String path() {
        return path;
    }

    /** The message as lines: one for one error, one per error for {@link ScenarioErrors}. */
    public java.util.List<String> lines() {
        return java.util.List.of(getMessage());
    }

    /** What is wrong, without the path. */
    public String detail() {
        return detail;
    }
}
