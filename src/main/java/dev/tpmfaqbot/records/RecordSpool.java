package dev.tpmfaqbot.records;

import dev.tpmfaqbot.store.Store.Recorded;
import java.io.IOException;
import java.util.List;

/**
 * Records waiting for the database, oldest first. Appending is quick (no database involved); the
 * committer takes them off the front once they are written.
 */
interface RecordSpool extends AutoCloseable {

    /** Adds records at the end; durable when this returns, for a spool on disk. */
    void append(List<Recorded> records) throws IOException;

    /** Up to {@code max} records from the front, left in place. */
    Chunk peek(int max) throws IOException;

    /** Takes a chunk returned by {@link #peek} off the front, once it is written. */
    void remove(Chunk chunk) throws IOException;

    /** The number of records waiting. */
    long size();

    /** Where records wait, for messages: a file, or "memory". */
    String where();

    @Override
    void close() throws IOException;

    /** Records from the front of the spool; {@code end} says where the next chunk starts. */
    record Chunk(List<Recorded> records, long end) {
        boolean isEmpty() {
            return records.isEmpty();
        }
    }
}
