package org.negsim.io;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A results folder that appears complete or not at all. Everything is written into a hidden
 * staging folder beside the target ({@code .NAME.partial-PID}, same file system); {@link #commit()}
 * renames it into place. With {@code overwrite}, an existing target is replaced only at that
 * moment: it is first renamed aside, the staging folder moved in, then the old one deleted.
 * {@link #close()} without a commit deletes the staging folder, so a failed run leaves the target
 * as it was. A process killed mid-run leaves the staging folder behind (safe to delete).
 *
 * <p>Safety: the folder's {@link OutputLock} is held from {@link #prepare} to {@link #close()}, so
 * a second process writing the same folder is refused. A target that is a symbolic link is refused
 * (negsim never writes through a link into something else), and {@code overwrite} replaces only a
 * folder that negsim made: one holding the {@link #MARKER} file (written into every folder this
 * class commits) or a {@code manifest.json}; never the working directory or a folder that contains it.
 *
 * <pre>{@code
 * try (ResultsFolder folder = ResultsFolder.prepare(target, overwrite)) {
 *     write files into folder.staging() ...
 *     folder.commit();
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class ResultsFolder implements AutoCloseable {

    /** The folder under which results go by default, relative to the working directory. */
    public static final Path DEFAULT_PARENT = Path.of("results");

    /** The file in every output folder negsim makes, which allows {@code --overwrite} to replace it. */
    public static final String MARKER = ".negsim";

    private final Path target;
    private final Path staging;
    private final boolean overwrite;
    private final OutputLock lock;
    private boolean committed;

    private ResultsFolder(Path target, Path staging, boolean overwrite, OutputLock lock) {
        this.target = target;
        this.staging = staging;
        this.overwrite = overwrite;
        this.lock = lock;
    }

    /** The default results folder of a scenario: {@code results/<scenario name>}. */
    public static Path defaultFor(String scenarioName) {
        return DEFAULT_PARENT.resolve(scenarioName);
    }

    /**
     * Checks the target and creates the staging folder (and the target's missing parents).
     *
     * @param target    where the results should end up
     * @param overwrite whether an existing non-empty target may be replaced
     * @throws OutputExistsException if the target is a non-empty folder and {@code overwrite} is false;
     *                               nothing is created then
     * @throws NotDirectoryException if the target exists and is not a folder
     * @throws IOException           if the staging folder cannot be created
     */
    public static ResultsFolder prepare(Path target, boolean overwrite)
            throws IOException, OutputExistsException, FolderInUseException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() == null || absolute.getFileName() == null) {
            throw new NotDirectoryException(target + " (a file-system root cannot be a results folder)");
        }
        OutputLock lock = OutputLock.acquire(absolute);
        try {
            checkTarget(target, absolute, overwrite);
            Path staging = createUniqueDirectory(absolute.getParent(), "." + absolute.getFileName() + ".partial-");
            Files.createFile(staging.resolve(MARKER));
            return new ResultsFolder(absolute, staging, overwrite, lock);
        } catch (IOException | OutputExistsException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Checks that {@code target} may become an output folder: not a link, not a file, empty or absent
     * unless {@code overwrite}, and with {@code overwrite} a folder that negsim made.
     *
     * @param target   as the user gave it (for messages)
     * @param absolute the same, absolute and normalised
     */
    public static void checkTarget(Path target, Path absolute, boolean overwrite)
            throws IOException, OutputExistsException {
        if (Files.isSymbolicLink(absolute)) {
            throw new OutputExistsException(target, target + " is a symbolic link; negsim does not write through"
                    + " links: give the folder itself, or another --out");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new NotDirectoryException(target.toString());
        }
        if (!Files.isDirectory(absolute) || isEmpty(absolute)) {
            return;
        }
        if (!overwrite) {
            throw new OutputExistsException(target);
        }
        refuseToReplace(target, absolute);
    }

    /**
     * Refuses to replace a non-empty folder that negsim did not make (no {@link #MARKER} and no
     * {@code manifest.json}) or that holds the working directory.
     */
    static void refuseToReplace(Path target, Path absolute) throws IOException, OutputExistsException {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (cwd.startsWith(absolute) || cwd.toRealPath().startsWith(absolute.toRealPath())) {
            throw new OutputExistsException(target, "refusing to replace " + target + ": it holds the working"
                    + " directory; give another --out");
        }
        if (!isMadeByNegsim(absolute)) {
            throw new OutputExistsException(target, "refusing to replace " + target + ": it exists and was not"
                    + " made by negsim (it has no " + MARKER + " or " + Manifest.FILE_NAME + "); remove it yourself"
                    + " or give another --out");
        }
    }

    /** Whether a folder holds negsim's {@link #MARKER} or a {@code manifest.json} (as regular files). */
    public static boolean isMadeByNegsim(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
                || Files.isRegularFile(folder.resolve(Manifest.FILE_NAME), LinkOption.NOFOLLOW_LINKS);
    }

    /** The folder to write into until {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /** Where the results are after {@link #commit()} (absolute). */
    public Path target() {
        return target;
    }

    /**
     * Moves the staging folder into place, replacing the target if allowed.
     *
     * @throws DirectoryNotEmptyException if the target became non-empty since {@link #prepare}
     *                                    and overwrite was not allowed
     */
    public void commit() throws IOException {
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        moveIntoPlace(staging, target, overwrite);
        committed = true;
    }

    /**
     * Renames the complete folder {@code ready} to {@code target} (same file system): an existing
     * target is renamed aside first and deleted only after the new folder is in place, and put back
     * if the move fails. The caller holds the target's {@link OutputLock}.
     *
     * @param replace whether a non-empty target may be replaced
     * @throws DirectoryNotEmptyException if the target is non-empty and {@code replace} is false, or
     *                                    is a link or a file
     */
    public static void moveIntoPlace(Path ready, Path target, boolean replace) throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(target) || !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
                    || !replace && !isEmpty(target)) {
                throw new DirectoryNotEmptyException(target.toString());
            }
            old = createUniqueDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(ready, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                try {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Deletes the staging folder unless {@link #commit()} succeeded, and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            if (!committed) {
                deleteTree(staging);
            }
        } finally {
            lock.close();
        }
    }

    /**
     * Creates a new folder {@code prefix + n} in {@code parent} with the default permissions (so the
     * results folder gets the user's usual permissions, unlike {@link Files#createTempDirectory}).
     */
    private static Path createUniqueDirectory(Path parent, String prefix) throws IOException {
        long n = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            Path candidate = parent.resolve(prefix + n + (attempt == 0 ? "" : "-" + attempt));
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 1000) {
                    throw e;
                }
            }
        }
    }

    public static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Deletes a folder and everything in it, without following symbolic links. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
