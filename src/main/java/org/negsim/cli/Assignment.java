package org.negsim.cli;

import org.negsim.scenario.ParameterPaths;
import org.negsim.scenario.ScenarioException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --set PATH=VALUE}: a parameter path of the scenario and the raw text of its new value.
 * The path ends at the first {@code =} outside square brackets (so {@code actors[kind=firm].conformity=0.2}
 * works; ids cannot contain {@code =}); the value is the rest, as typed.
 *
 * @param path     a parameter path such as {@code actors[USA].signCost}
 * @param rawValue the value as typed, e.g. {@code 0.3}
 */
public record Assignment(String path, String rawValue) {

    /**
     * Parses {@code PATH=VALUE} with the scenario layer's own rule
     * ({@link ParameterPaths#parseAssignment}); both parts must be non-empty and are trimmed.
     */
    public static Assignment parse(String text) {
        ParameterPaths.Assignment a;
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

    /** picocli converter: a malformed assignment is a usage error (exit 2). */
    static final class Converter implements ITypeConverter<Assignment> {
        @Override
        public Assignment convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
