package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.store.ForwardingStore;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.Store.AskedQuestion;
import dev.tpmfaqbot.store.Store.Feedback;
import dev.tpmfaqbot.store.Stores;
import dev.tpmfaqbot.store.TableRows;
import dev.tpmfaqbot.testing.CapturedLogs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RETENTION_DAYS: questions and feedback older than that are deleted at start and daily. */
class RetentionTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir Path folder;

    @Test
    void theBotDeletesRecordsOlderThanRetentionDaysWhenItStarts() throws Exception {
        String database = "sqlite:" + folder.resolve("state.db");
        Instant now = Instant.now();
        try (Store store = Stores.open(database, Path.of("unused"))) {
            store.recordQuestion(
                    new AskedQuestion(
                            "asked long ago",
                            "none",
                            0.1,
                            false,
                            "slack",
                            now.minus(Duration.ofDays(31))));
            store.recordQuestion(
                    new AskedQuestion(
                            "asked recently",
                            "none",
                            0.1,
                            false,
                            "slack",
                            now.minus(Duration.ofDays(29))));
            store.recordFeedback(
                    new Feedback("term:okr", true, "slack", now.minus(Duration.ofDays(40))));
        }
        Bots.Started bot =
                Bots.start(
                        Map.of(
                                CoreSettings.DATABASE_URL,
                                database,
                                CoreSettings.RETENTION_DAYS,
                                "30"));
        try {
            for (int i = 0; i < 500 && TableRows.count(database, "feedback") > 0; i++) {
                Thread.sleep(20);
            }
        } finally {
            bot.bot().stop();
        }
        assertEquals(1, TableRows.count(database, "question"));
        assertEquals(0, TableRows.count(database, "feedback"));
    }

    @Test
    void aFailedPurgeIsLoggedAndDoesNotStopTheNextOne() throws Exception {
        int[] calls = {0};
        try (CapturedLogs logs = new CapturedLogs(Retention.class);
                Store store =
                        new ForwardingStore(
                                Stores.open(
                                        "sqlite:" + folder.resolve("state.db"),
                                        Path.of("unused"))) {
                            @Override
                            public long purgeRecordsBefore(Instant cutoff) {
                                if (++calls[0] == 1) {
                                    throw new IllegalStateException("database not reachable");
                                }
                                assertEquals(NOW.minus(Duration.ofDays(90)), cutoff);
                                return super.purgeRecordsBefore(cutoff);
                            }
                        }) {
            Retention retention = new Retention(store, 90, Clock.fixed(NOW, ZoneOffset.UTC));
            assertEquals(-1, retention.purge());
            assertEquals(0, retention.purge());
            assertTrue(
                    logs.contains(
                            "retention: could not delete old records (database not reachable)"),
                    logs.lines().toString());
        }
    }
}
