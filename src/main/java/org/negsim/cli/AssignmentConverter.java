package org.negsim.cli;

import org.negsim.scenario.Assignment;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converter of {@code --set PATH=VALUE}: a malformed assignment is a usage error (exit 2). */
final class AssignmentConverter implements ITypeConverter<Assignment> {
    @Override
    public Assignment convert(String value) {
        try {
            return Assignment.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
