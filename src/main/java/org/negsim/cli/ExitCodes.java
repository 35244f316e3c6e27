package org.negsim.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The process exit codes of {@code negsim}, as listed in {@code --help}. */
public final class ExitCodes {

    /** The run, validation or other command succeeded. */
    public static final int OK = 0;
    /** A bug: anything not foreseen below. */
    public static final int INTERNAL_ERROR = 1;
    /** Invalid command-line usage, an invalid scenario, a damaged results file, an output folder in use. */
    public static final int USAGE = 2;
    /** A file could not be read or written, the disk is full, no display, the heap ran out. */
    public static final int IO_ERROR = 3;

    /** The heading of the exit-code list in {@code --help}. */
    static final String HEADING = "%nExit codes:%n";

    /** The exit-code list of every command's {@code --help}, in order. */
    static Map<String, String> descriptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(Integer.toString(OK), "success");
        m.put(Integer.toString(INTERNAL_ERROR), "internal error (a bug: please report it with the output of --verbose)");
        m.put(Integer.toString(USAGE), "invalid usage, invalid scenario, damaged results, or an output folder in use");
        m.put(Integer.toString(IO_ERROR), "input/output error (a file could not be read or written, the disk is full,"
                + " no display, out of memory)");
        return m;
    }

    private ExitCodes() {
    }
}
