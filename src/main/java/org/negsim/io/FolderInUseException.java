package org.negsim.io;

import java.nio.file.Path;

/**
 * Another negsim process (or another command of this JVM) is writing the output folder. A usage
 * error: nothing was read or written.
 */
public final class FolderInUseException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param folder the output folder
     * @param holder the process id of the holder as recorded in the lock file, or {@code null}
     */
    public FolderInUseException(Path folder, String holder) {
        super(folder + " is being written by another negsim process"
                + (holder != null ? " (pid " + holder + ")" : "")
                + "; wait for it to finish, or give another --out");
    }
}
