package dev.tpmfaqbot.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * {@code GET /metrics}: every meter in Prometheus text format. When {@code API_TOKEN} is set, only
 * for requests that carry it ({@code Authorization: Bearer TOKEN}); others get 401.
 */
public final class MetricsEndpoint implements Endpoint {
    public static final String PATH = "/metrics";
    public static final int MAX_BODY = 0;
    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Supplier<String> scrape;
    private final byte[] expected;

    /** {@code token}: empty for none. */
    public MetricsEndpoint(Supplier<String> scrape, String token) {
        this.scrape = scrape;
        this.expected =
                token.isEmpty() ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public CompletionStage<HttpReply> handle(HttpCall call) {
        if (!call.method().equals("GET") && !call.method().equals("HEAD")) {
            return CompletableFuture.completedFuture(
                    HttpReply.error(405, "use GET").withHeader("Allow", "GET, HEAD"));
        }
        if (!authorized(call)) {
            return CompletableFuture.completedFuture(
                    HttpReply.error(401, "send Authorization: Bearer API_TOKEN")
                            .withHeader("WWW-Authenticate", "Bearer"));
        }
        return CompletableFuture.completedFuture(HttpReply.of(200, CONTENT_TYPE, scrape.get()));
    }

    private boolean authorized(HttpCall call) {
        if (expected == null) {
            return true;
        }
        String given = call.header("Authorization").orElse(null);
        return given != null
                && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }
}
