package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tpmfaqbot.Eventually;
import dev.tpmfaqbot.answer.AnswerJson;
import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.answer.ProjectAnswerer;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.content.ContentLoader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class HttpEndpointsTest {
    private static Bots.Started bot;

    @BeforeAll
    static void start() throws Exception {
        bot = Bots.start(Map.of());
    }

    @AfterAll
    static void stop() {
        bot.bot().stop();
    }

    @Test
    void healthzSaysAlive() throws Exception {
        HttpResponse<String> response = Http.get(bot.port(), "/healthz");
        assertEquals(200, response.statusCode());
        assertEquals("alive", Http.json(response).get("status").asText());
    }

    @Test
    void readyzIsReadyWithNoReasons() throws Exception {
        HttpResponse<String> response = Http.get(bot.port(), "/readyz");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = Http.json(response);
        assertTrue(body.get("ready").asBoolean());
        assertEquals(0, body.get("reasons").size());
    }

    @Test
    void askAnswersWithTheSameJsonAsAskDashDashJson() throws Exception {
        HttpResponse<String> response = Http.ask(bot.port(), "does a tpm need to code?");
        assertEquals(200, response.statusCode());
        assertEquals(
                "application/json; charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow());
        try (Answerer answerer =
                Answerer.build(ContentLoader.load(Path.of("faq")), ProjectAnswerer.semantics())) {
            JsonNode expected =
                    AnswerJson.of(
                            answerer.answer(Question.fromCommandLine("does a tpm need to code?")));
            assertEquals(expected, Http.json(response));
        }
        assertEquals("faq:does-a-tpm-need-to-code", Http.json(response).get("key").asText());
    }

    @Test
    void askIsRecordedForTheContentOwners() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        Http.ask(bot.port(), "what is a backlog");
        Eventually.within(
                Duration.ofSeconds(5),
                "the question in the report",
                () ->
                        bot.store().report(before).mostAsked().stream()
                                .anyMatch(count -> count.key().equals("term:backlog")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*:*",
                "title:(a OR b)~",
                "\\",
                "\"unbalanced quotes",
                "what is a \"tpm",
                "\u0000",
                "tpm\u0000 vs pm",
                "🚀🚀🚀",
                "what is a tpm 🤔",
                "?",
                "%",
                "&q=x",
                "AND OR NOT",
                "((((",
                "    ",
                "é",
                "\uD83D",
                "<@U123> hi"
            })
    void anyTextGetsAnAnswerNeverAServerError(String hostile) throws Exception {
        HttpResponse<String> response = Http.ask(bot.port(), hostile);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = Http.json(response);
        assertEquals(expectedFields(), fieldNames(body));
    }

    @Test
    void fiftyKilobytesOfTextIsCutNotRejected() throws Exception {
        String longText = "how does a tpm work with engineers ".repeat(1500);
        assertTrue(longText.length() > 50_000);
        HttpResponse<String> response = Http.ask(bot.port(), longText);
        assertEquals(200, response.statusCode());
        assertEquals(expectedFields(), fieldNames(Http.json(response)));
        assertEquals(
                dev.tpmfaqbot.text.ChatText.MAX_CHARS,
                Http.json(response).get("question").asText().length(),
                "the answer echoes the question as read, not 50 KB back");
    }

    @Test
    void aRequestLineLongerThan64KilobytesIsRefusedWithJson() throws Exception {
        HttpResponse<String> response = Http.ask(bot.port(), "x".repeat(70_000));
        assertEquals(414, response.statusCode());
        assertEquals(
                "application/json; charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(Http.json(response).has("error"), response.body());
    }

    @Test
    void undecodableQueryGetsJsonNotHtml() throws Exception {
        String response = Http.raw(bot.port(), "GET /api/ask?q=%ZZ HTTP/1.1");
        assertTrue(response.startsWith("HTTP/1.1 400 "), response);
        assertTrue(
                response.toLowerCase(java.util.Locale.ROOT)
                        .contains("content-type: application/json; charset=utf-8"),
                response);
        assertTrue(
                response.endsWith(
                        "{\"error\":\"the q parameter is not valid URL encoding (UTF-8, %XX escapes)\"}"),
                response);
    }

    @Test
    void emojiComeBackAsUtf8() throws Exception {
        HttpResponse<String> response = Http.ask(bot.port(), "what is a tpm 🤔");
        assertEquals("what is a tpm 🤔", Http.json(response).get("question").asText());
    }

    @Test
    void missingQIsAClearBadRequest() throws Exception {
        for (String path : List.of("/api/ask", "/api/ask?question=what+is+a+tpm")) {
            HttpResponse<String> response = Http.get(bot.port(), path);
            assertEquals(400, response.statusCode());
            assertTrue(
                    Http.json(response).get("error").asText().contains("missing the q parameter"),
                    response.body());
        }
    }

    @Test
    void brokenPercentEncodingIsABadRequest() throws Exception {
        assertEquals(400, Http.rawStatus(bot.port(), "GET /api/ask?q=%E2%zz HTTP/1.1"));
        assertEquals(400, Http.rawStatus(bot.port(), "GET /api/ask?q=100% HTTP/1.1"));
    }

    @Test
    void undecodableBytesAreStillAQuestion() throws Exception {
        HttpResponse<String> response = Http.get(bot.port(), "/api/ask?q=%FF%FEtpm");
        assertEquals(200, response.statusCode());
    }

    @Test
    void otherMethodsAndPathsAreRefusedClearly() throws Exception {
        HttpResponse<String> post =
                Http.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "http://127.0.0.1:" + bot.port() + "/api/ask?q=x"))
                                .POST(HttpRequest.BodyPublishers.ofString("q=x")));
        assertEquals(405, post.statusCode());
        assertEquals("GET", post.headers().firstValue("Allow").orElseThrow());
        assertEquals(404, Http.get(bot.port(), "/nothing-here").statusCode());
        assertEquals(404, Http.get(bot.port(), "/healthzzz").statusCode());
        assertEquals(404, Http.get(bot.port(), "/api/ask/more?q=x").statusCode());
    }

    private static Set<String> expectedFields() {
        return Set.of(
                "question",
                "key",
                "kind",
                "confidence",
                "band",
                "title",
                "text",
                "followUps",
                "suggestions",
                "sources");
    }

    private static Set<String> fieldNames(JsonNode body) {
        Set<String> names = new TreeSet<>();
        body.fieldNames().forEachRemaining(names::add);
        assertFalse(names.isEmpty());
        return Set.copyOf(names);
    }
}
