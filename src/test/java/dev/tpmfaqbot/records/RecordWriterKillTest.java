package dev.tpmfaqbot.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.Eventually;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.Stores;
import dev.tpmfaqbot.store.TableRows;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A process killed (SIGKILL) while its database is behind loses no record answered more than a
 * second before: the spool has them, and the next start writes them.
 */
class RecordWriterKillTest {
    private static final Logger log = LoggerFactory.getLogger(RecordWriterKillTest.class);
    private static final int ANSWERED = 600;

    /** What a kill may lose, as documented: the records of about the last second. */
    private static final long LOSS_WINDOW_MILLIS = 1_000;

    @TempDir Path folder;

    @Test
    void recordsAnsweredBeforeTheLastSecondSurviveAKill() throws Exception {
        Path database = folder.resolve("state.db");
        Path spool = folder.resolve("state.db.records");
        Process child =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                SpoolingWriter.class.getName(),
                                database.toString(),
                                spool.toString(),
                                String.valueOf(ANSWERED))
                        .redirectError(folder.resolve("child.log").toFile())
                        .start();
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            for (int i = 0; i < ANSWERED; i++) {
                assertEquals("answered " + i, out.readLine());
            }
        }
        Thread.sleep(LOSS_WINDOW_MILLIS);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        long beforeRestart = TableRows.count("sqlite:" + database, "question");
        assertTrue(
                beforeRestart < ANSWERED,
                "the store is slow: the spool must hold what it had not taken");

        try (Store store = Stores.open("sqlite:" + database, Path.of("unused"))) {
            RecordWriter writer = RecordWriter.spooledTo(store, spool);
            Eventually.until(
                    Eventually.PATIENT, "the spooled records written", () -> writer.backlog() == 0);
            writer.close();
        }
        long rows = TableRows.count("sqlite:" + database, "question");
        log.info(
                "kill -9 with a slow store: {} answered, {} rows written before the kill, {} after restarting",
                ANSWERED,
                beforeRestart,
                rows);
        assertEquals(ANSWERED, rows);
    }
}
