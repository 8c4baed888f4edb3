package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.config.Environment;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** HTTP_BIND, API_ENABLED, API_TOKEN and API_RATE_LIMIT, through a real bot on loopback. */
@Timeout(60)
class ApiControlsTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @Test
    void withATokenSetAskNeedsItAndHealthDoesNot() throws Exception {
        Bots.Started bot =
                Bots.start(
                        Map.of(HttpSettings.API_TOKEN, TOKEN, HttpSettings.HTTP_BIND, "127.0.0.1"));
        try {
            HttpResponse<String> none = Http.ask(bot.port(), "what is a tpm");
            assertEquals(401, none.statusCode());
            assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElseThrow());
            assertTrue(
                    Http.json(none).get("error").asText().contains("Authorization: Bearer"),
                    none.body());
            assertFalse(none.body().contains(TOKEN));
            assertEquals(401, ask(bot, "Bearer " + TOKEN + "x").statusCode());
            assertEquals(401, ask(bot, "Basic " + TOKEN).statusCode());

            HttpResponse<String> allowed = ask(bot, "Bearer " + TOKEN);
            assertEquals(200, allowed.statusCode(), allowed.body());
            assertEquals("faq:what-is-a-tpm", Http.json(allowed).get("key").asText());
            assertEquals(200, Http.get(bot.port(), "/healthz").statusCode());
        } finally {
            bot.bot().stop();
        }
    }

    @Test
    void eachClientHasARateLimit() throws Exception {
        Bots.Started bot = Bots.start(Map.of(HttpSettings.API_RATE_LIMIT, "3"));
        try {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, Http.ask(bot.port(), "what is a tpm").statusCode());
            }
            HttpResponse<String> limited = Http.ask(bot.port(), "what is a tpm");
            assertEquals(429, limited.statusCode());
            assertEquals("60", limited.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(Http.json(limited).has("error"));
            assertEquals(
                    200,
                    Http.get(bot.port(), "/healthz").statusCode(),
                    "health checks are not limited");
        } finally {
            bot.bot().stop();
        }
    }

    @Test
    void apiEnabledFalseTurnsAskOff() throws Exception {
        Bots.Started bot = Bots.start(Map.of(HttpSettings.API_ENABLED, "false"));
        try {
            assertEquals(404, Http.ask(bot.port(), "what is a tpm").statusCode());
            assertEquals(200, Http.get(bot.port(), "/healthz").statusCode());
        } finally {
            bot.bot().stop();
        }
    }

    @Test
    void everyProblemNamesItsVariableAndNeverQuotesTheToken() {
        InvalidConfigurationException e =
                assertThrows(
                        InvalidConfigurationException.class,
                        () ->
                                Configuration.read(
                                        Environment.of(
                                                Map.of(
                                                        HttpSettings.HTTP_BIND,
                                                        "no such host.invalid",
                                                        HttpSettings.API_ENABLED,
                                                        "maybe",
                                                        HttpSettings.API_TOKEN,
                                                        "short s3cr3t",
                                                        HttpSettings.API_RATE_LIMIT,
                                                        "0")),
                                        List.of()));
        for (String variable :
                List.of(
                        HttpSettings.HTTP_BIND,
                        HttpSettings.API_ENABLED,
                        HttpSettings.API_TOKEN,
                        HttpSettings.API_RATE_LIMIT)) {
            assertEquals(
                    1,
                    e.problems().stream().filter(p -> p.startsWith(variable + ": ")).count(),
                    variable + " in " + e.problems());
        }
        assertFalse(String.join("\n", e.problems()).contains("s3cr3t"));
    }

    @Test
    void defaultsListenEverywhereWithTheApiOnAndNoToken() throws Exception {
        HttpSettings http = Configuration.read(Environment.of(Map.of()), List.of()).http();
        assertEquals(
                new HttpSettings(java.util.Optional.empty(), true, java.util.Optional.empty(), 60),
                http);
    }

    private static HttpResponse<String> ask(Bots.Started bot, String authorization)
            throws Exception {
        return Http.send(
                HttpRequest.newBuilder(
                                URI.create(
                                        "http://127.0.0.1:"
                                                + bot.port()
                                                + "/api/ask?q=what+is+a+tpm"))
                        .header("Authorization", authorization)
                        .GET());
    }
}
