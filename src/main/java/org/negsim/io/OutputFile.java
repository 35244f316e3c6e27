package org.negsim.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One output file written safely: through a temporary file beside it renamed into place (so it is
 * complete or absent), under the {@link OutputLock} of its path, never through a symbolic link, and
 * replacing an existing file only with {@code overwrite} and only when that file carries the
 * signature negsim writes into files of its kind (a report is never written over a user's CSV).
 */
public final class OutputFile {

    /** How many leading bytes of an existing file are searched for the signature. */
    static final int SIGNATURE_WINDOW = 4096;

    private OutputFile() {
    }

    /**
     * Writes {@code content} (UTF-8) to {@code target}.
     *
     * @param signature text that every file of this kind negsim writes holds in its first
     *                  {@value #SIGNATURE_WINDOW} bytes
     * @throws OutputExistsException if the target exists and may not be replaced, or is a link
     * @throws FolderInUseException  if another process writes the same file
     */
    public static void write(Path target, String content, boolean overwrite, String signature)
            throws IOException, OutputExistsException, FolderInUseException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) {
            throw new NotDirectoryException(target + " (a file-system root cannot be an output file)");
        }
        try (OutputLock lock = OutputLock.acquire(absolute)) {
            check(target, absolute, overwrite, signature);
            Path tmp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp-" + ProcessHandle.current().pid());
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void check(Path target, Path absolute, boolean overwrite, String signature)
            throws IOException, OutputExistsException {
        if (Files.isSymbolicLink(absolute)) {
            throw new OutputExistsException(target, target + " is a symbolic link; negsim does not write through"
                    + " links: give the file itself, or another --out");
        }
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(absolute)) {
            throw new OutputExistsException(target, target + " is a folder; give a file name with --out");
        }
        if (!overwrite) {
            throw new OutputExistsException(target, target + " exists; pass --overwrite to replace it,"
                    + " or --out FILE to write elsewhere");
        }
        if (!hasSignature(absolute, signature)) {
            throw new OutputExistsException(target, "refusing to replace " + target + ": it was not written by"
                    + " this negsim command; remove it yourself or give another --out");
        }
    }

    private static boolean hasSignature(Path file, String signature) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SIGNATURE_WINDOW);
        }
        return new String(head, StandardCharsets.UTF_8).contains(signature);
    }
}
