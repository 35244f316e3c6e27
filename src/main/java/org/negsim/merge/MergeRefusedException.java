package org.negsim.merge;

/**
 * The given folders cannot be merged: they come from different sweeps, a shard is missing or
 * given twice, or a shard is incomplete. A usage error: nothing was written.
 */
public final class MergeRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming the folders concerned and what to do */
    public MergeRefusedException(String message) {
        super(message);
    }
}
