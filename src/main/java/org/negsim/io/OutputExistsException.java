package org.negsim.io;

import java.nio.file.Path;

/**
 * The results folder already holds files and the user did not ask to replace them. A usage error,
 * not an I/O failure: nothing was read or written.
 */
public final class OutputExistsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    /** @param folder the existing, non-empty folder */
    public OutputExistsException(Path folder) {
        super("results folder " + folder + " exists and is not empty; pass --overwrite to replace it"
                + " or --out DIR to write elsewhere");
        this.folder = folder;
    }

    /** The existing, non-empty folder. */
    public Path folder() {
        return folder;
    }
}
