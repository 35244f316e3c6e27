package org.negsim.scenario;

/**
 * One {@code PATH=VALUE}: a parameter path of the scenario ({@link ParameterPaths}) and the raw
 * text of its new value, as given to {@code --set}, {@code --vary} and {@code --free}. The path
 * ends at the first {@code =} outside square brackets (so {@code actors[kind=firm].conformity=0.2}
 * works; ids cannot contain {@code =}); the value is the rest, as typed.
 *
 * @param path     a parameter path such as {@code actors[USA].signCost}
 * @param rawValue the value as typed, e.g. {@code 0.3}
 */
public record Assignment(String path, String rawValue) {

    /**
     * Parses a {@code --set} option: {@link ParameterPaths#parseAssignment}, with both parts
     * non-empty and trimmed.
     *
     * @throws IllegalArgumentException naming the expected form, for a usage error
     */
    public static Assignment parse(String text) {
        Assignment a;
        try {
            a = ParameterPaths.parseAssignment(text);
        } catch (ScenarioException e) {
            a = null;
        }
        if (a == null || a.path().isBlank() || a.rawValue().isBlank()) {
            throw new IllegalArgumentException("expected PATH=VALUE, e.g. behavior.temperature=0.1, was '" + text + "'");
        }
        return new Assignment(a.path().trim(), a.rawValue().trim());
    }
}
