package dev.tpmfaqbot.records;

import dev.tpmfaqbot.store.ForwardingStore;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.Stores;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Run in a child JVM by {@link RecordWriterKillTest}: submits {@code COUNT} records to a writer on
 * a slow SQLite store (args: the database file, the spool file, the count), printing {@code
 * answered N} after each, then waits to be killed.
 */
public final class SpoolingWriter {
    private SpoolingWriter() {}

    public static void main(String[] args) throws Exception {
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        Store store =
                ForwardingStore.slowWrites(
                        Stores.open("sqlite:" + args[0], Path.of("unused")), 3_000);
        RecordWriter writer = RecordWriter.spooledTo(store, Path.of(args[1]));
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            writer.submit(
                    new Store.AskedQuestion(
                            "question " + i, "none", 0.1, false, "slack", Instant.now()));
            out.write(("answered " + i + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
