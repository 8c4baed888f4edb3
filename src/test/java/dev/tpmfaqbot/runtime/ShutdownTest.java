package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.http.HttpReply;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ShutdownTest {

    @Test
    void stoppingGivesAdaptersTheGraceThenClosesTheDatabaseAndThePort() throws Exception {
        TestChatModule chat = new TestChatModule();
        Bots.Started started = Bots.start(Map.of(TestChatModule.TOKEN, "tok-1"), chat);
        int port = started.port();
        started.bot().stop();
        assertTrue(
                chat.stoppedWithGrace.compareTo(Duration.ofSeconds(9)) > 0
                        && chat.stoppedWithGrace.compareTo(Bot.GRACE) <= 0,
                "grace " + chat.stoppedWithGrace);
        assertFalse(started.store().isReachable(), "the database is closed");
        assertTrue(started.bot().notReadyReasons().contains("shutting down"));
        assertThrows(
                ConnectException.class, () -> Http.get(port, "/healthz"), "the port is closed");
    }

    @Test
    void aRequestInFlightFinishesWhileNewOnesAreTurnedAway() throws Exception {
        TestChatModule chat = new TestChatModule();
        Bots.Started started = Bots.start(Map.of(TestChatModule.TOKEN, "tok-1"), chat);
        CountDownLatch inHandler = new CountDownLatch(1);
        chat.context
                .http()
                .route(
                        "/testchat/slow",
                        0,
                        call -> {
                            inHandler.countDown();
                            sleep(1500);
                            return CompletableFuture.completedFuture(
                                    HttpReply.json(200, HttpReply.object().put("done", true)));
                        });
        CompletableFuture<HttpResponse<String>> slow =
                CompletableFuture.supplyAsync(() -> get(started.port(), "/testchat/slow"));
        assertTrue(inHandler.await(10, TimeUnit.SECONDS));

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(started.bot()::stop);
        sleep(300);
        assertEquals(
                503,
                Http.get(started.port(), "/api/ask?q=tpm").statusCode(),
                "new requests are turned away");
        assertEquals(
                200, slow.get(10, TimeUnit.SECONDS).statusCode(), "the request in flight finished");
        stopping.get(15, TimeUnit.SECONDS);
    }

    @Test
    void aPlatformRefusingItsCredentialsFailsTheStartNamingItsVariable() throws Exception {
        TestChatModule chat = new TestChatModule();
        AdapterStartException refused =
                assertThrows(
                        AdapterStartException.class,
                        () ->
                                Bots.start(
                                        Map.of(
                                                TestChatModule.TOKEN,
                                                "tok-rejected",
                                                CoreSettings.PORT,
                                                "0"),
                                        chat));
        assertTrue(
                refused.getMessage().startsWith(TestChatModule.TOKEN + ": "), refused.getMessage());
        assertFalse(refused.getMessage().contains("tok-rejected"), "no secret in the message");
    }

    private static HttpResponse<String> get(int port, String path) {
        try {
            return Http.get(port, path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
