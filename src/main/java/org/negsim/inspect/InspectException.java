package org.negsim.inspect;

/**
 * The results cannot be inspected as asked, through no fault of the files: an unknown
 * {@code --stage} or {@code --by}, or Sobol' indices asked of an incomplete sweep. A usage error
 * (exit code 2); the message says what exists or what to do.
 */
public final class InspectException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one line saying what is wrong and what to do */
    public InspectException(String message) {
        super(message);
    }
}
