package dev.tpmfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.discord.fake.DiscordWorld;
import dev.tpmfaqbot.discord.fake.FakeDiscord;
import dev.tpmfaqbot.discord.fake.FakeGuild;
import dev.tpmfaqbot.discord.fake.FakeInteraction;
import dev.tpmfaqbot.discord.fake.FakeUser;
import dev.tpmfaqbot.discord.fake.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Interactions through the fake gateway with many in flight: throughput, and the time from sending
 * INTERACTION_CREATE to the bot's callback request arriving at the fake REST API. Not a unit test:
 * run with {@code mvn -q test -Dgroups=benchmark -DexcludedGroups=none
 * -Dtest=DiscordInteractionBenchmark}.
 */
@Tag("benchmark")
class DiscordInteractionBenchmark {
    private static final int WARM_UP = 1000;
    private static final int MEASURED = 3000;
    private static final int[] IN_FLIGHT = {1, 8, 64, 256};

    private final FakeUser alice = FakeUser.human("alice");
    private final FakeGuild guild = FakeGuild.create("TPM Guild", alice);

    @Test
    @Timeout(600)
    void interactionsInFlight() throws Exception {
        List<String> questions = benchQuestions();
        List<String> report = new ArrayList<>();
        try (FakeDiscord discord = FakeDiscord.start(DiscordWorld.of(guild));
                DiscordBot bot = DiscordBot.start(discord)) {
            Map<String, Long> answeredAt = new ConcurrentHashMap<>();
            Semaphore window = new Semaphore(0);
            CountDownLatch[] done = {new CountDownLatch(0)};
            discord.rest()
                    .watch(
                            request ->
                                    callback(request)
                                            .ifPresent(
                                                    token -> {
                                                        answeredAt.put(token, System.nanoTime());
                                                        window.release();
                                                        done[0].countDown();
                                                    }));
            window.release(IN_FLIGHT[IN_FLIGHT.length - 1]);
            run(discord, questions, WARM_UP, window, done, new ConcurrentHashMap<>());
            for (int inFlight : IN_FLIGHT) {
                window.drainPermits();
                window.release(inFlight);
                report.add(measure(discord, questions, inFlight, window, done, answeredAt));
            }
        }
        report.forEach(System.out::println);
        Files.writeString(
                Path.of("target", "discord-benchmark.txt"), String.join("\n", report) + "\n");
    }

    private String measure(
            FakeDiscord discord,
            List<String> questions,
            int inFlight,
            Semaphore window,
            CountDownLatch[] done,
            Map<String, Long> answeredAt)
            throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        long deferredBefore = deferred(discord);
        long start = System.nanoTime();
        run(discord, questions, MEASURED, window, done, sentAt);
        long[] latencies =
                sentAt.entrySet().stream()
                        .mapToLong(e -> answeredAt.get(e.getKey()) - e.getValue())
                        .sorted()
                        .toArray();
        long end = sentAt.keySet().stream().mapToLong(answeredAt::get).max().orElseThrow();
        assertEquals(MEASURED, latencies.length);
        assertTrue(millis(latencies, 0.99) < 3000, "answered within Discord's 3 seconds");
        return String.format(
                "%3d in flight: %4.0f interactions/s; INTERACTION_CREATE -> callback p50 %5.1f ms, "
                        + "p90 %5.1f ms, p99 %5.1f ms, max %5.1f ms; %d deferred (%d slash commands, %d cores)",
                inFlight,
                MEASURED / ((end - start) / 1e9),
                millis(latencies, 0.50),
                millis(latencies, 0.90),
                millis(latencies, 0.99),
                latencies[latencies.length - 1] / 1e6,
                deferred(discord) - deferredBefore,
                MEASURED,
                Runtime.getRuntime().availableProcessors());
    }

    private void run(
            FakeDiscord discord,
            List<String> questions,
            int count,
            Semaphore window,
            CountDownLatch[] done,
            Map<String, Long> sentAt)
            throws InterruptedException {
        done[0] = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            window.acquire();
            long before = System.nanoTime();
            FakeInteraction sent = send(discord, questions, i);
            sentAt.put(
                    sent.token(),
                    before); // the answer may already be back: only the times are compared, later
        }
        assertTrue(done[0].await(120, TimeUnit.SECONDS), "every interaction answered");
    }

    private FakeInteraction send(FakeDiscord discord, List<String> questions, int i) {
        return switch (i % 10) {
            case 8 ->
                    discord.gateway()
                            .sendSlashCommand(guild, alice, "tpm compare", Map.of("role", "pm"));
            case 9 ->
                    discord.gateway()
                            .sendSlashCommand(
                                    guild, alice, "tpm define", Map.of("term", "backlog"));
            default ->
                    discord.gateway()
                            .sendSlashCommand(
                                    guild,
                                    alice,
                                    "tpm ask",
                                    Map.of("question", questions.get(i % questions.size())));
        };
    }

    /**
     * Interactions answered "thinking…" first, because the answer was not ready within the defer
     * delay.
     */
    private static long deferred(FakeDiscord discord) {
        return discord.rest().requests("POST", "interactions/.*").stream()
                .filter(r -> r.body().path("type").asInt() == 5)
                .count();
    }

    /** The interaction token of a callback request. */
    private static Optional<String> callback(RecordedRequest request) {
        if (!request.method().equals("POST") || !request.path().startsWith("interactions/")) {
            return Optional.empty();
        }
        String[] parts = request.path().split("/");
        return Optional.of(parts[2]);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]
                / 1e6;
    }

    private static List<String> benchQuestions() throws IOException {
        try (InputStream in =
                DiscordInteractionBenchmark.class.getResourceAsStream(
                        "/dev/tpmfaqbot/cli/bench-questions.txt")) {
            List<String> lines =
                    new ArrayList<>(
                            Arrays.asList(
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                                            .split("\n")));
            lines.removeIf(String::isBlank);
            return lines;
        }
    }
}
