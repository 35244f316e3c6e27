package org.negsim.sweep;

/**
 * A sweep cannot start as asked: its results folder holds another sweep (different scenario,
 * design or options) or something that is not a sweep. A usage error: nothing was changed.
 */
public final class SweepRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one line saying what differs and what to do */
    public SweepRefusedException(String message) {
        super(message);
    }
}
