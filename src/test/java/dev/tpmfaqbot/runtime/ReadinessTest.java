package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ReadinessTest {

    @Test
    void anAdapterThatIsNotConnectedMakesTheBotNotReady() throws Exception {
        TestChatModule chat = new TestChatModule();
        Bot bot = Bots.start(Map.of(TestChatModule.TOKEN, "tok-1"), chat).bot();
        try {
            assertEquals(200, Http.get(bot.port(), "/readyz").statusCode());

            chat.notReady.set("gateway disconnected, reconnecting");
            HttpResponse<String> notReady = Http.get(bot.port(), "/readyz");
            assertEquals(503, notReady.statusCode());
            JsonNode body = Http.json(notReady);
            assertFalse(body.get("ready").asBoolean());
            assertEquals(
                    "testchat: gateway disconnected, reconnecting",
                    body.get("reasons").get(0).asText());
            assertEquals(
                    200,
                    Http.get(bot.port(), "/healthz").statusCode(),
                    "alive even when not ready");

            chat.notReady.set(null);
            assertEquals(200, Http.get(bot.port(), "/readyz").statusCode());
        } finally {
            bot.stop();
        }
    }

    @Test
    void anUnreachableDatabaseMakesTheBotNotReadyButStillAnswering() throws Exception {
        Bots.Started started = Bots.start(Map.of());
        Bot bot = started.bot();
        try {
            started.store().close(); // as good as a database that went away

            HttpResponse<String> notReady = Http.get(bot.port(), "/readyz");
            assertEquals(503, notReady.statusCode());
            assertTrue(notReady.body().contains("database: not reachable"), notReady.body());
            assertEquals(200, Http.ask(bot.port(), "what is a tpm").statusCode());
        } finally {
            bot.stop();
        }
    }

    @Test
    void adaptersGetTheSharedServicesAndCanMountAPath() throws Exception {
        TestChatModule chat = new TestChatModule();
        Bot bot = Bots.start(Map.of(TestChatModule.TOKEN, "tok-1"), chat).bot();
        try {
            assertTrue(chat.toldReady, "told once the bot is ready");
            chat.context
                    .http()
                    .route(
                            "/testchat/events",
                            0,
                            call ->
                                    java.util.concurrent.CompletableFuture.completedFuture(
                                            dev.tpmfaqbot.http.HttpReply.json(
                                                    200,
                                                    dev.tpmfaqbot.http.HttpReply.object()
                                                            .put("ok", true))));
            assertEquals(200, Http.get(bot.port(), "/testchat/events").statusCode());
            assertEquals(
                    "faq:does-a-tpm-need-to-code",
                    chat.context
                            .faq()
                            .ask(
                                    dev.tpmfaqbot.answer.Question.fromCommandLine(
                                            "does a tpm need to code"))
                            .key());
        } finally {
            bot.stop();
        }
    }
}
