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

    private final Path target;
    private final Path staging;
    private final boolean overwrite;
    private boolean committed;

    private ResultsFolder(Path target, Path staging, boolean overwrite) {
        this.target = target;
        this.staging = staging;
        this.overwrite = overwrite;
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
    public static ResultsFolder prepare(Path target, boolean overwrite) throws IOException, OutputExistsException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new NotDirectoryException(target.toString());
        }
        if (Files.isDirectory(absolute) && !overwrite && !isEmpty(absolute)) {
            throw new OutputExistsException(target);
        }
        Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) {
            throw new NotDirectoryException(target + " (a file-system root cannot be a results folder)");
        }
        Files.createDirectories(parent);
        Path staging = createUniqueDirectory(parent, "." + absolute.getFileName() + ".partial-");
        return new ResultsFolder(absolute, staging, overwrite);
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
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!overwrite && !isEmpty(target)) {
                throw new DirectoryNotEmptyException(target.toString());
            }
            old = createUniqueDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
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
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Deletes the staging folder unless {@link #commit()} succeeded. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
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

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Deletes a folder and everything in it, without following symbolic links. */
    static void deleteTree(Path root) throws IOException {
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
