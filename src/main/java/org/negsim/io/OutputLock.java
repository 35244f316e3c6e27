package org.negsim.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one-writer guarantee of an output folder: an operating-system lock on the file
 * {@code .NAME.lock} beside the folder {@code NAME}, held from before the folder is checked until
 * the command is done. The operating system drops the lock when the process ends, however it ends,
 * so a killed process never leaves a stale lock (only, then, the small file, which the next command
 * reuses). The file holds the holder's process id, which the refusal of a second process names, and
 * is removed on {@link #close()}. A process that locked a file which the previous holder removed in
 * the meantime notices (the path's inode before the open differs from the one after the lock) and
 * locks the file that is there now, so two processes never both hold the lock. The lock file is
 * never opened a second time while locked: POSIX drops a process's lock when it closes any
 * descriptor of the file. Within one JVM a second lock of the same folder is
 * refused like one from another process.
 * Not thread-safe.
 */
public final class OutputLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output folder (absolute, normalised): {@code parent/.NAME.lock}. */
    public static Path fileFor(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code folder} (creating its parent folders), or refuses.
     *
     * @throws FolderInUseException if another process (or another command of this JVM) holds it
     * @throws IOException          if the lock file cannot be created or locked
     */
    public static OutputLock acquire(Path folder) throws IOException, FolderInUseException {
        Path file = fileFor(folder);
        Files.createDirectories(file.getParent());
        byte[] token = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        for (int attempt = 0; ; attempt++) {
            Object before = fileKey(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new FolderInUseException(folder, holder);
            }
            Object after = fileKey(file);
            if (before == null && attempt == 0 || before != null && before.equals(after) || attempt >= 100) {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(token), 0);
                channel.force(false);
                return new OutputLock(file, channel, lock);
            }
            // the file changed under us (a holder removed it as we opened it): lock the one that is there now
            lock.release();
            channel.close();
        }
    }

    /** Removes the lock file, then releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /**
     * The identity (device and inode) of the file at the path, or {@code null} if there is none. A
     * {@code stat}, never an {@code open}: closing any other descriptor of the file would release
     * this process's POSIX lock on it.
     */
    private static Object fileKey(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer b = ByteBuffer.allocate(32);
            channel.read(b, 0);
            String s = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).trim();
            return s.matches("[0-9]{1,19}") ? s : null;
        } catch (IOException e) {
            return null;
        }
    }
}
