package dev.tpmfaqbot.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.Eventually;
import dev.tpmfaqbot.store.PostgresServer;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.Stores;
import dev.tpmfaqbot.store.TableRows;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL out of reach for a while (the network cut): every record asked meanwhile is written
 * once it is back.
 */
@ExtendWith(PostgresServer.Extension.class)
class PostgresOutageTest {
    private static final Logger log = LoggerFactory.getLogger(PostgresOutageTest.class);

    @TempDir Path folder;

    @Test
    void anOutageLosesNoRecord(PostgresServer server) throws Exception {
        String direct = server.newDatabaseUrl();
        try (CuttableProxy proxy = new CuttableProxy(server.address());
                Store store =
                        Stores.open(
                                direct.replace(server.address(), proxy.address()),
                                Path.of("unused"))) {
            RecordWriter writer = RecordWriter.spooledTo(store, folder.resolve("records.spool"));
            submit(writer, 0, 10);
            Eventually.until(
                    Eventually.PATIENT, "the first records written", () -> writer.backlog() == 0);

            proxy.cut();
            submit(writer, 10, 30);
            Eventually.until(
                    Eventually.PATIENT, "the outage reported", () -> writer.problem().isPresent());
            String during = writer.problem().orElseThrow();
            assertTrue(during.startsWith("database: cannot write records"), during);
            long waiting = writer.backlog();
            assertEquals(
                    20,
                    waiting,
                    "the records asked during the outage, no more (the first ten are written)");

            proxy.restore();
            Eventually.until(
                    Eventually.PATIENT,
                    "the records asked during the outage written",
                    () -> writer.backlog() == 0);
            Eventually.until(
                    Eventually.PATIENT,
                    "the outage no longer reported",
                    () -> writer.problem().isEmpty());
            writer.close();
            log.info(
                    "PostgreSQL outage: 20 records asked while cut, {} waiting when reported",
                    waiting);
        }
        assertEquals(30, TableRows.count(direct, "question"));
    }

    private static void submit(RecordWriter writer, int from, int to) {
        for (int i = from; i < to; i++) {
            writer.submit(
                    new Store.AskedQuestion(
                            "question " + i, "none", 0.1, false, "slack", Instant.now()));
        }
    }
}
