package dev.tpmfaqbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tpmfaqbot.slack.fake.FakeSlackApi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Signed slash commands over loopback HTTP from 100 concurrent clients, each on its own keep-alive
 * connection: throughput and the time to acknowledge (what Slack's three-second deadline is about).
 * Every command is also answered, on the same two cores, through the fake response_url.
 *
 * <ul>
 *   <li>paced: each client sends a command every {@link #PACE}, the way many people using Slack at
 *       once look to the bot; the acknowledgement time is then the server's own;
 *   <li>flat out: each client sends its next command as soon as the last is acknowledged; the
 *       machine is then overloaded, and the time to acknowledge is mostly waiting in line (100
 *       clients ÷ throughput).
 * </ul>
 *
 * Run with {@code mvn -q test -Dgroups=benchmark -DexcludedGroups=none -Dtest=SlackAckBenchmark}.
 */
@Tag("benchmark")
class SlackAckBenchmark {
    private static final int CLIENTS = 100;
    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;
    private static final Duration PACE = Duration.ofMillis(100);

    /** Answers that reached the fake's response_url. */
    private final AtomicInteger answered = new AtomicInteger();

    @Test
    @Timeout(900)
    void acknowledgesSlashCommandsFromManyClients() throws Exception {
        try (SlackWorld world = new SlackWorld()) {
            SlackWorld.Running slack = world.start();
            // The fake keeps every call it gets; counted here and forgotten there, they do not pile
            // up in the
            // heap, whose growing collections would otherwise be measured as pauses in the server.
            world.api.answer(
                    FakeSlackApi.RESPONSE_URL,
                    call -> {
                        answered.incrementAndGet();
                        return FakeSlackApi.ok();
                    });
            Thread forgetting =
                    new Thread(
                            () -> {
                                while (!Thread.currentThread().isInterrupted()) {
                                    world.api.clearCalls();
                                    LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
                                }
                            },
                            "bench-forget-calls");
            forgetting.setDaemon(true);
            forgetting.start();
            List<String> questions = questions();
            System.out.printf(
                    Locale.ROOT,
                    "SlackAckBenchmark: signed /tpm commands from %d concurrent clients, %d cores%n",
                    CLIENTS,
                    Runtime.getRuntime().availableProcessors());

            run(world, slack, questions, WARM_UP, Duration.ZERO, "warm-up");
            run(
                    world,
                    slack,
                    questions,
                    MEASURED,
                    PACE,
                    "paced, 1 per client every " + PACE.toMillis() + " ms");
            run(world, slack, questions, MEASURED, Duration.ZERO, "flat out");
        }
    }

    private void run(
            SlackWorld world,
            SlackWorld.Running slack,
            List<String> questions,
            int perClient,
            Duration pace,
            String label)
            throws Exception {
        answered.set(0);
        long[] acks = new long[CLIENTS * perClient];
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            LoopbackHttpClient http = new LoopbackHttpClient(slack.endpoint);
            List<byte[]> requests = new ArrayList<>();
            for (int i = 0; i < perClient; i++) {
                String question = questions.get((client * 7 + i) % questions.size());
                requests.add(
                        http.encode(
                                world.signer.slashCommand(
                                        "/tpm",
                                        question,
                                        world.api.responseUrl("b" + client + "-" + i))));
            }
            Thread thread =
                    new Thread(
                            () -> {
                                try (http) {
                                    ready.countDown();
                                    go.await();
                                    // Spread the paced clients over the interval instead of all
                                    // sending at once.
                                    long next =
                                            System.nanoTime() + pace.toNanos() * client / CLIENTS;
                                    for (int i = 0; i < perClient; i++) {
                                        LockSupport.parkNanos(next - System.nanoTime());
                                        long sent = System.nanoTime();
                                        if (http.send(requests.get(i)) != 200) {
                                            failures.incrementAndGet();
                                        }
                                        acks[client * perClient + i] = System.nanoTime() - sent;
                                        next = Math.max(next + pace.toNanos(), System.nanoTime());
                                    }
                                } catch (IOException | InterruptedException e) {
                                    failures.incrementAndGet();
                                } finally {
                                    done.countDown();
                                }
                            },
                            "bench-client-" + client);
            thread.start();
            threads.add(thread);
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        done.await();
        double ackedIn = (System.nanoTime() - start) / 1e9;
        int total = CLIENTS * perClient;
        awaitAnswers(total);
        double answeredIn = (System.nanoTime() - start) / 1e9;
        assertEquals(0, failures.get(), "every request acknowledged with 200");

        Arrays.sort(acks);
        System.out.printf(
                Locale.ROOT,
                "  %-38s %6d commands: %5.0f acks/s, ack p50 %5.1f ms, p90 %5.1f ms, p99 %6.1f ms, max %6.1f ms;"
                        + " all answered after %.1f s (%.0f answers/s)%n",
                label,
                total,
                total / ackedIn,
                ms(acks, 0.50),
                ms(acks, 0.90),
                ms(acks, 0.99),
                acks[acks.length - 1] / 1e6,
                answeredIn,
                total / answeredIn);
    }

    private void awaitAnswers(int total) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (answered.get() < total && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(total, answered.get(), "every command answered");
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)]
                / 1e6;
    }

    private static List<String> questions() throws IOException {
        try (InputStream in =
                SlackAckBenchmark.class.getResourceAsStream(
                        "/dev/tpmfaqbot/cli/bench-questions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }
}
