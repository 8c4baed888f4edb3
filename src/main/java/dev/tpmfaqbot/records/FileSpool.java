package dev.tpmfaqbot.records;

import dev.tpmfaqbot.store.Store.Recorded;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A spool in a file of JSON lines, synced to disk on every append, so records survive a crash, a
 * kill -9 or a restart during a database outage. Records are appended at the end and read from a
 * position that advances as they are written; the file is emptied whenever all of it is written. At
 * start it is read from the beginning: records written but not yet trimmed are written again, which
 * their ids make harmless. One process at a time (a file lock).
 */
final class FileSpool implements RecordSpool {
    private static final Logger log = LoggerFactory.getLogger(FileSpool.class);

    /** Enough for 1,000 lines of 4,000-character questions, escaped. */
    private static final int READ_BYTES = 4 << 20;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private long readPosition;
    private long size;

    private FileSpool(Path file, FileChannel channel, FileLock lock) throws IOException {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        dropTornLastLine();
        this.size = countLines();
    }

    /** Opens the spool file, creating it and its folder; fails when another process holds it. */
    static FileSpool open(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        FileChannel channel =
                FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException(file + " is in use by another process");
            }
            return new FileSpool(file, channel, lock);
        } catch (IOException | OverlappingFileLockException e) {
            channel.close();
            throw e instanceof IOException io
                    ? io
                    : new IOException(file + " is in use in this process", e);
        }
    }

    @Override
    public void append(List<Recorded> records) throws IOException {
        StringBuilder lines = new StringBuilder();
        records.forEach(recorded -> lines.append(SpoolLines.write(recorded)).append('\n'));
        ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        synchronized (this) {
            long at = channel.size();
            try {
                while (bytes.hasRemaining()) {
                    at += channel.write(bytes, at);
                }
            } catch (IOException e) {
                channel.truncate(at - bytes.position()); // no half-written lines (a full disk)
                throw e;
            }
            size += records.size();
        }
        channel.force(false);
    }

    @Override
    public synchronized Chunk peek(int max) throws IOException {
        List<Recorded> front = new ArrayList<>();
        long position = readPosition;
        ByteBuffer buffer =
                ByteBuffer.allocate((int) Math.min(READ_BYTES, channel.size() - readPosition));
        channel.read(buffer, readPosition);
        byte[] bytes = buffer.array();
        int lineStart = 0;
        int lines = 0;
        for (int i = 0; i < buffer.position() && front.size() < max; i++) {
            if (bytes[i] == '\n') {
                String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
                readLine(line).ifPresent(front::add);
                lineStart = i + 1;
                lines++;
                position = readPosition + lineStart;
            }
        }
        if (front.isEmpty() && position > readPosition) {
            readPosition = position; // only lines that are not records: skip them
            size -= lines;
            return peek(max);
        }
        return new Chunk(front, position);
    }

    private Optional<Recorded> readLine(String line) {
        try {
            return Optional.of(SpoolLines.read(line));
        } catch (IOException e) {
            log.warn(
                    "record spool {}: skipping a line that is not a record: {}",
                    file,
                    e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void remove(Chunk chunk) throws IOException {
        size -= chunk.records().size();
        readPosition = chunk.end();
        if (readPosition >= channel.size()) {
            channel.truncate(0);
            readPosition = 0;
            size = 0;
        }
    }

    @Override
    public synchronized long size() {
        return size;
    }

    @Override
    public String where() {
        return file.toString();
    }

    @Override
    public synchronized void close() throws IOException {
        lock.release();
        channel.close();
    }

    /** A process killed in the middle of an append may leave half a line at the end. */
    private void dropTornLastLine() throws IOException {
        long length = channel.size();
        long end = length;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (end > 0) {
            one.clear();
            channel.read(one, end - 1);
            if (one.get(0) == '\n') {
                break;
            }
            end--;
        }
        if (end < length) {
            channel.truncate(end);
        }
    }

    private long countLines() throws IOException {
        long lines = 0;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long at = 0; channel.read(buffer.clear(), at) > 0; at += buffer.position()) {
            for (int i = 0; i < buffer.position(); i++) {
                lines += buffer.get(i) == '\n' ? 1 : 0;
            }
        }
        return lines;
    }
}
