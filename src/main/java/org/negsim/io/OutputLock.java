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

/**
 * The one-writer guarantee of an output folder: an operating-system lock on the file
 * {@code .NAME.lock} beside the folder {@code NAME}, held from before the folder is checked until
 * the command is done. The operating system drops the lock when the process ends, however it ends,
 * so a killed process never leaves a stale lock (only, then, the small file, which the next command
 * reuses). The file holds the holder's process id, which the refusal of a second process names, and
 * is removed on {@link #close()}. A process that locked a file which the previous holder removed in
 * the meantime notices (the path no longer holds its process id) and locks the file that is there
 * now, so two processes never both hold the lock. Within one JVM a second lock of the same folder is
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
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token), 0);
            channel.force(false);
            if (namesLockedFile(file, token) || attempt >= 100) {
                return new OutputLock(file, channel, lock);
            }
            // the previous holder removed the file after we opened it: lock the file that is there now
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
     * Whether the path still names the file we locked: it holds our token, which only the holder of
     * the lock writes (another process's lock file would hold its own process id, a removed one none).
     */
    private static boolean namesLockedFile(Path file, byte[] token) throws IOException {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(file), token);
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
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
