package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tpmfaqbot.store.ForwardingStore;
import dev.tpmfaqbot.store.TableRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load of issue 11: 50 concurrent /api/ask clients for 20 s, against a real SQLite file behind
 * a store made slow (each write 50 ms longer). Prints questions answered and rows written.
 */
@Tag("benchmark")
class RecordsLoadBenchmark {
    private static final int CLIENTS = 50;
    private static final long SECONDS = 20;

    @TempDir Path folder;

    @Test
    void fiftyClientsForTwentySecondsAgainstASlowStore() throws Exception {
        String database = "sqlite:" + folder.resolve("state.db");
        Bots.Started bot =
                Bots.start(
                        Map.of(CoreSettings.DATABASE_URL, database),
                        store -> ForwardingStore.slowWrites(store, 50));
        AtomicInteger answered = new AtomicInteger();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        long stopMillis;
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Thread thread =
                        new Thread(
                                () -> {
                                    for (int i = 0; System.nanoTime() < end; i++) {
                                        try {
                                            if (Http.ask(
                                                                    bot.port(),
                                                                    "how does a tpm work with engineers "
                                                                            + client
                                                                            + " "
                                                                            + i)
                                                            .statusCode()
                                                    == 200) {
                                                answered.incrementAndGet();
                                            }
                                        } catch (Exception e) {
                                            throw new IllegalStateException(e);
                                        }
                                    }
                                });
                thread.start();
                clients.add(thread);
            }
            for (Thread thread : clients) {
                thread.join();
            }
        } finally {
            long stopStart = System.nanoTime();
            bot.bot().stop();
            stopMillis = (System.nanoTime() - stopStart) / 1_000_000;
        }
        long rows = TableRows.count(database, "question");
        System.out.printf(
                Locale.ROOT,
                "RecordsLoadBenchmark: %d clients for %d s, store slowed by 50 ms a write, %d cores:"
                        + " %d answered, %d rows written (%d lost); stop took %d ms%n",
                CLIENTS,
                SECONDS,
                Runtime.getRuntime().availableProcessors(),
                answered.get(),
                rows,
                answered.get() - rows,
                stopMillis);
        assertEquals(answered.get(), rows);
    }
}
