package dev.tpmfaqbot.http;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.AnswerJson;
import dev.tpmfaqbot.answer.Platform;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.service.AnsweringPool;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * {@code GET /api/ask?q=…}: the same JSON as {@code ask --json}. Any text is a question (the core
 * cleans it and cuts it to length); only a missing or undecodable {@code q} is the caller's error.
 * With a token set, callers need {@code Authorization: Bearer TOKEN}; each client address has a
 * rate limit. Answering happens in turn with the chat platforms' questions (see {@code
 * AnsweringPool}).
 */
public final class AskEndpoint implements Endpoint {
    public static final String PATH = "/api/ask";

    /**
     * A GET has no body; a small one is read and ignored, so that a wrong method gets its clear
     * 405.
     */
    public static final int MAX_BODY = 1024;

    private final BiFunction<String, Question, CompletableFuture<Answer>> answerer;
    private final Optional<byte[]> token;
    private final ClientRateLimit limit;

    /** {@code answerer} is given the asker ("http:ADDRESS") and the question. */
    public AskEndpoint(
            BiFunction<String, Question, CompletableFuture<Answer>> answerer,
            Optional<String> token,
            int perMinute) {
        this.answerer = answerer;
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.limit = new ClientRateLimit(perMinute);
    }

    @Override
    public CompletionStage<HttpReply> handle(HttpCall call) {
        if (!"GET".equals(call.method())) {
            return done(
                    HttpReply.error(405, "use GET " + PATH + "?q=your+question")
                            .withHeader("Allow", "GET"));
        }
        if (!limit.tryTake(call.client())) {
            return done(
                    HttpReply.error(
                                    429,
                                    "too many questions from this address; try again in a minute")
                            .withHeader("Retry-After", "60"));
        }
        if (token.isPresent() && !authorized(call)) {
            return done(
                    HttpReply.error(401, "send the API token: Authorization: Bearer TOKEN")
                            .withHeader("WWW-Authenticate", "Bearer"));
        }
        Optional<String> text;
        try {
            text = QueryParameter.first(call.rawQuery(), "q");
        } catch (IllegalArgumentException e) {
            return done(
                    HttpReply.error(
                            400, "the q parameter is not valid URL encoding (UTF-8, %XX escapes)"));
        }
        if (text.isEmpty()) {
            return done(
                    HttpReply.error(400, "missing the q parameter: " + PATH + "?q=your+question"));
        }
        return answerer.apply(
                        Platform.HTTP + ":" + call.client(),
                        new Question(text.get(), "", "", Platform.HTTP))
                .thenApply(answer -> HttpReply.json(200, AnswerJson.of(answer)))
                .exceptionally(AskEndpoint::notAnswered);
    }

    private boolean authorized(HttpCall call) {
        String header = call.header("authorization").orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(
                token.orElseThrow(), header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static HttpReply notAnswered(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof java.util.concurrent.TimeoutException) {
            return HttpReply.error(503, "the question took too long to answer")
                    .withHeader("Retry-After", "5");
        }
        if (cause instanceof AnsweringPool.Busy) {
            return HttpReply.error(429, "too many questions at once; try again shortly")
                    .withHeader("Retry-After", "5");
        }
        throw new java.util.concurrent.CompletionException(cause);
    }

    private static CompletionStage<HttpReply> done(HttpReply reply) {
        return CompletableFuture.completedFuture(reply);
    }
}
