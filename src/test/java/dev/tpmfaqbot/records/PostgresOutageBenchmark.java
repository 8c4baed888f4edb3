package dev.tpmfaqbot.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tpmfaqbot.Eventually;
import dev.tpmfaqbot.store.PostgresServer;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.Stores;
import dev.tpmfaqbot.store.TableRows;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outage of issue 11, longer: PostgreSQL out of reach for 60 s while questions keep coming (20
 * a second), then back. Prints what was asked, what was written, and how long the backlog took.
 */
@Tag("benchmark")
@ExtendWith(PostgresServer.Extension.class)
class PostgresOutageBenchmark {
    private static final int PER_SECOND = 20;

    @TempDir Path folder;

    @Test
    void aMinuteOfOutageUnderSteadyQuestions(PostgresServer server) throws Exception {
        String direct = server.newDatabaseUrl();
        int asked = 0;
        long drainMillis;
        long waitingAtEnd;
        try (CuttableProxy proxy = new CuttableProxy(server.address());
                Store store =
                        Stores.open(
                                direct.replace(server.address(), proxy.address()),
                                Path.of("unused"))) {
            RecordWriter writer = RecordWriter.spooledTo(store, folder.resolve("records.spool"));
            asked += ask(writer, asked, 5);
            proxy.cut();
            asked += ask(writer, asked, 60);
            waitingAtEnd = writer.backlog();
            proxy.restore();
            long restored = System.nanoTime();
            Eventually.until(
                    Eventually.PATIENT, "the backlog written", () -> writer.backlog() == 0);
            drainMillis = (System.nanoTime() - restored) / 1_000_000;
            asked += ask(writer, asked, 5);
            Eventually.until(
                    Eventually.PATIENT, "the last records written", () -> writer.backlog() == 0);
            writer.close();
        }
        long rows = TableRows.count(direct, "question");
        System.out.printf(
                Locale.ROOT,
                "PostgresOutageBenchmark: 60 s cut at %d questions/s: %d asked, %d waiting when"
                        + " it came back, written %d ms after, %d rows (%d lost)%n",
                PER_SECOND,
                asked,
                waitingAtEnd,
                drainMillis,
                rows,
                asked - rows);
        assertEquals(asked, rows);
    }

    private static int ask(RecordWriter writer, int from, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * PER_SECOND; i++) {
            writer.submit(
                    new Store.AskedQuestion(
                            "question " + (from + i), "none", 0.1, false, "slack", Instant.now()));
            Thread.sleep(1000 / PER_SECOND);
        }
        return seconds * PER_SECOND;
    }
}
