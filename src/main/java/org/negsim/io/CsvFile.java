package org.negsim.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * One CSV table on disk, written in whole records. Every {@link #append} hands a block of complete
 * lines to the operating system in one go, unbuffered, so the file only ever ends at a record
 * boundary — except when the process is killed in the middle of that one write, which can leave
 * a partial last line (and nothing after it). Not thread-safe: callers serialise appends.
 */
public final class CsvFile implements Closeable {

    private final Path path;
    private final FileChannel channel;

    private CsvFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /**
     * Creates a new file with the given header row. Fails if the file exists.
     *
     * @throws java.nio.file.FileAlreadyExistsException if {@code path} exists
     */
    public static CsvFile create(Path path, List<String> header) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        CsvFile file = new CsvFile(path, channel);
        try {
            file.append(CsvFormat.record(header));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return file;
    }

    /**
     * Opens an existing file to append records after its current end (for resuming); the caller
     * is responsible for the file ending at a record boundary.
     */
    public static CsvFile openForAppend(Path path) throws IOException {
        return new CsvFile(path, FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    /** The file's path. */
    public Path path() {
        return path;
    }

    /**
     * Appends complete records (each ending with {@link CsvFormat#RECORD_SEPARATOR}), encoded as
     * UTF-8, in one write. An empty block writes nothing.
     *
     * @throws IllegalArgumentException if the block does not end with a record separator
     */
    public void append(CharSequence records) throws IOException {
        if (records.length() == 0) {
            return;
        }
        if (records.charAt(records.length() - 1) != '\n') {
            throw new IllegalArgumentException("a block of records must end with a line feed");
        }
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(records.toString());
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
