package org.negsim.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A results file that negsim cannot have written as it is: a {@code runs.csv} with a broken CSV
 * record, a missing column or a cell that does not parse, or a {@code manifest.json} that is not a
 * negsim manifest. An input error (exit code 3): the message names the file and, for
 * {@code runs.csv}, the line.
 */
public final class MalformedResultsException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * @param file the file
     * @param line the 1-based line (the header is line 1), or 0 when the problem has no line
     * @param problem what is wrong, e.g. {@code column success: expected true, false or empty, was "yes"}
     */
    public MalformedResultsException(Path file, long line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
    }
}
