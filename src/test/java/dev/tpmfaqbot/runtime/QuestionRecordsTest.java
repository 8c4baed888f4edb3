package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tpmfaqbot.store.ForwardingStore;
import dev.tpmfaqbot.store.TableRows;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every question answered over HTTP is recorded, whatever the database's speed; a database that
 * cannot write shows in /readyz.
 */
class QuestionRecordsTest {
    private static final List<String> QUESTIONS =
            List.of(
                    "what is a tpm",
                    "tpm vs pm",
                    "does a tpm need to code",
                    "what is an okr",
                    "how do I become a tpm",
                    "is the weather nice today");

    @TempDir Path folder;

    @Test
    void aSlowDatabaseLosesNoQuestion() throws Exception {
        String database = "sqlite:" + folder.resolve("state.db");
        // words alone answer faster; one address may have 3 questions in flight, and a slot is
        // given back only
        // once the work has stopped: 1 client asking as fast as it can, no rate limit
        Bots.Started bot =
                Bots.start(
                        Map.of(
                                CoreSettings.DATABASE_URL,
                                database,
                                CoreSettings.SENTENCE_MODEL,
                                "off",
                                HttpSettings.API_RATE_LIMIT,
                                "1000000"),
                        store -> ForwardingStore.slowWrites(store, 50));
        AtomicInteger answered = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        try {
            for (int c = 0; c < 1; c++) {
                Thread client = new Thread(() -> ask(bot.port(), 2000, answered));
                client.start();
                clients.add(client);
            }
            for (Thread client : clients) {
                client.join();
            }
        } finally {
            bot.bot().stop();
        }
        assertEquals(2000, answered.get(), "every request answered");
        assertEquals(answered.get(), TableRows.count(database, "question"));
    }

    @Test
    void aDatabaseThatCannotWriteIsNotReady() throws Exception {
        Bots.Started bot =
                Bots.start(
                        Map.of(CoreSettings.DATABASE_URL, "sqlite:" + folder.resolve("state.db")),
                        store ->
                                new ForwardingStore(store) {
                                    @Override
                                    public void recordAll(List<Recorded> records) {
                                        throw new IllegalStateException(
                                                "[SQLITE_FULL] database or disk is full");
                                    }
                                });
        try {
            assertEquals(200, Http.get(bot.port(), "/readyz").statusCode());
            assertEquals(200, Http.ask(bot.port(), "what is a tpm").statusCode());

            HttpResponse<String> ready = awaitNotReady(bot.port());
            JsonNode reasons = Http.json(ready).get("reasons");
            assertEquals(1, reasons.size(), ready.body());
            assertTrue(
                    reasons.get(0)
                            .asText()
                            .startsWith(
                                    "database: cannot write records ([SQLITE_FULL] database or disk is full)"),
                    ready.body());
            assertTrue(reasons.get(0).asText().endsWith("; 1 waiting"), ready.body());
        } finally {
            bot.bot().stop();
        }
        assertTrue(
                Files.size(folder.resolve("state.db.records")) > 0,
                "the question waits in the spool for the next start");
    }

    private static HttpResponse<String> awaitNotReady(int port) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            HttpResponse<String> ready = Http.get(port, "/readyz");
            if (ready.statusCode() == 503) {
                return ready;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("/readyz still says ready");
    }

    private static void ask(int port, int questions, AtomicInteger answered) {
        for (int i = 0; i < questions; i++) {
            try {
                HttpResponse<String> response =
                        Http.ask(port, QUESTIONS.get(i % QUESTIONS.size()) + " " + i);
                if (response.statusCode() == 200) {
                    answered.incrementAndGet();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
