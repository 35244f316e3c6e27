package org.negsim.io;

import java.io.IOException;

/**
 * A results file that negsim cannot have written as it is (a row that is no CSV record negsim
 * writes, a missing header, rows out of order): the user's input is damaged, so it is reported as
 * such (exit 2), not as a failure to read or write (exit 3). The message names the file and line.
 */
public final class DamagedResultsException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming the file, the line and what is wrong */
    public DamagedResultsException(String message) {
        super(message);
    }
}
