package org.negsim.cli;

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

    /** Parses {@code PATH=VALUE}; both parts must be non-empty. */
    public static Assignment parse(String text) {
        int eq = -1;
        int depth = 0;
        for (int i = 0; i < text.length() && eq < 0; i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '=' && depth == 0) {
                eq = i;
            }
        }
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("expected PATH=VALUE, e.g. behavior.temperature=0.1, was '" + text + "'");
        }
        return new Assignment(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
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
