package dev.tpmfaqbot.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.Eventually;
import dev.tpmfaqbot.store.ForwardingStore;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.Store.AskedQuestion;
import dev.tpmfaqbot.store.Store.Feedback;
import dev.tpmfaqbot.store.Stores;
import dev.tpmfaqbot.store.TableRows;
import dev.tpmfaqbot.testing.CapturedLogs;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class RecordWriterTest {
    private static final Logger log = LoggerFactory.getLogger(RecordWriterTest.class);
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir Path folder;

    private String databaseUrl() {
        return "sqlite:" + folder.resolve("state.db");
    }

    private static AskedQuestion question(int i) {
        return new AskedQuestion("question " + i, "none", 0.1, false, "slack", NOW);
    }

    @Test
    void aSlowStoreLosesNoRecordUnderManyWriters() throws Exception {
        int threads = 8;
        int each = 3_000;
        try (Store store =
                ForwardingStore.slowWrites(Stores.open(databaseUrl(), Path.of("unused")), 20)) {
            RecordWriter writer = RecordWriter.spooledTo(store, folder.resolve("records.spool"));
            List<Thread> askers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * each;
                Thread asker =
                        new Thread(
                                () -> {
                                    for (int i = first; i < first + each; i++) {
                                        writer.submit(question(i));
                                    }
                                });
                asker.start();
                askers.add(asker);
            }
            for (Thread asker : askers) {
                asker.join();
            }
            Eventually.until(
                    Eventually.PATIENT, "every record written", () -> writer.backlog() == 0);
            writer.close();
            assertEquals(0, writer.dropped());
        }
        long rows = TableRows.count(databaseUrl(), "question");
        log.info(
                "slow store (20 ms a write): {} records submitted by {} threads, {} rows written",
                threads * each,
                threads,
                rows);
        assertEquals(threads * each, rows);
    }

    @Test
    void aFailingStoreIsRetriedAndReportedUntilItWritesAgain() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        AtomicInteger attempts = new AtomicInteger();
        try (CapturedLogs logs = new CapturedLogs(Committer.class);
                Store store =
                        new ForwardingStore(Stores.open(databaseUrl(), Path.of("unused"))) {
                            @Override
                            public void recordAll(List<Recorded> records) {
                                attempts.incrementAndGet();
                                if (down.get()) {
                                    throw new IllegalStateException("database or disk is full");
                                }
                                super.recordAll(records);
                            }
                        }) {
            RecordWriter writer = RecordWriter.spooledTo(store, folder.resolve("records.spool"));
            for (int i = 0; i < 30; i++) {
                writer.submit(question(i));
            }
            writer.submit(new Feedback("term:okr", true, "slack", NOW));
            Eventually.until(
                    Eventually.PATIENT, "the failure reported", () -> writer.problem().isPresent());
            String problem = writer.problem().orElseThrow();
            assertTrue(
                    problem.startsWith("database: cannot write records (database or disk is full)"),
                    problem);
            assertTrue(problem.endsWith("; 31 waiting"), problem);
            Eventually.until(Eventually.PATIENT, "four attempts", () -> attempts.get() >= 4);
            assertEquals(
                    1,
                    logs.warnings().size(),
                    "one warning for a failure that goes on: " + logs.warnings());

            down.set(false);
            Eventually.until(
                    Eventually.PATIENT, "every record written", () -> writer.backlog() == 0);
            Eventually.until(
                    Eventually.PATIENT, "the problem cleared", () -> writer.problem().isEmpty());
            writer.close();
        }
        assertEquals(30, TableRows.count(databaseUrl(), "question"));
        assertEquals(1, TableRows.count(databaseUrl(), "feedback"));
    }

    @Test
    void whatTheDatabaseDidNotTakeBeforeClosingIsWrittenAtTheNextStart() throws Exception {
        Path spool = folder.resolve("records.spool");
        try (Store store =
                new ForwardingStore(Stores.open(databaseUrl(), Path.of("unused"))) {
                    @Override
                    public void recordAll(List<Recorded> records) {
                        throw new IllegalStateException("connection refused");
                    }
                }) {
            RecordWriter writer = RecordWriter.spooledTo(store, spool);
            for (int i = 0; i < 25; i++) {
                writer.submit(question(i));
            }
            writer.close();
        }
        try (Store store = Stores.open(databaseUrl(), Path.of("unused"))) {
            RecordWriter writer = RecordWriter.spooledTo(store, spool);
            Eventually.until(
                    Eventually.PATIENT, "the spooled records written", () -> writer.backlog() == 0);
            writer.close();
        }
        assertEquals(25, TableRows.count(databaseUrl(), "question"));
    }
}
