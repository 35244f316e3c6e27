package org.negsim.power;

/** A stage or game for which power cannot be computed as asked (not a vote stage, weights too fine). */
public final class PowerException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message one line that says what is wrong and what is allowed */
    public PowerException(String message) {
        super(message);
    }
}
