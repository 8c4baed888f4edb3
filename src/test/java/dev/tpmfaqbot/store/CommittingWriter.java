package dev.tpmfaqbot.store;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Run in a child JVM by {@link SqliteKillTest}: claims deliveries and records questions in a loop
 * on the SQLite file named by its argument, and prints {@code committed N} after each write
 * returns, until it is killed.
 */
public final class CommittingWriter {
    private CommittingWriter() {}

    public static void main(String[] args) throws StoreStartException, IOException {
        // Straight to the file descriptor, one write per line: what the parent reads was printed
        // after the commit, and a line is never half there.
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        try (Store store = Stores.open("sqlite:" + args[0], Path.of("unused.db"))) {
            for (int i = 0; ; i++) {
                Instant now = Instant.now();
                if (!store.claimDelivery(
                        new Store.Delivery("slack", "T1", "C1", "U" + i, "welcome", now))) {
                    throw new IllegalStateException("U" + i + " was already claimed");
                }
                store.recordQuestion(
                        new Store.AskedQuestion("question " + i, "none", 0.1, false, "slack", now));
                out.write(("committed " + i + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}
