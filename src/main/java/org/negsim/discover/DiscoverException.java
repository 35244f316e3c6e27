package org.negsim.discover;

/**
 * The data cannot be searched as asked: an unknown column, a cell that is not of the column's
 * kind, an outcome without a case of interest (or with nothing else), an invalid {@code --where}.
 * A usage or damaged-input error (exit code 2); the message names the file and line, or the column,
 * and what is allowed.
 */
public final class DiscoverException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one line saying what is wrong and what is allowed */
    public DiscoverException(String message) {
        super(message);
    }
}
