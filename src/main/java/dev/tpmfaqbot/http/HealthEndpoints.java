package dev.tpmfaqbot.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * {@code /healthz}: the process answers. {@code /readyz}: it can serve, or 503 with the reasons it
 * cannot. Both answer on the server's own thread at once: they never wait behind answering.
 */
public final class HealthEndpoints {
    public static final String HEALTH = "/healthz";
    public static final String READY = "/readyz";
    public static final int MAX_BODY = 1024;

    private HealthEndpoints() {}

    public static Endpoint alive() {
        return call ->
                CompletableFuture.completedFuture(
                        refused(call)
                                .orElseGet(
                                        () ->
                                                HttpReply.json(
                                                        200,
                                                        HttpReply.object()
                                                                .put("status", "alive"))));
    }

    /**
     * {@code notReadyReasons} is empty when ready; {@code degradations} are listed among the
     * reasons without making the bot unready (it serves, in a lesser way: answers from words
     * alone).
     */
    public static Endpoint ready(
            Supplier<List<String>> notReadyReasons, Supplier<List<String>> degradations) {
        return call ->
                CompletableFuture.completedFuture(
                        refused(call)
                                .orElseGet(
                                        () -> {
                                            List<String> reasons = notReadyReasons.get();
                                            ObjectNode body =
                                                    HttpReply.object()
                                                            .put("ready", reasons.isEmpty());
                                            ArrayNode listed = body.putArray("reasons");
                                            reasons.forEach(listed::add);
                                            degradations.get().forEach(listed::add);
                                            return HttpReply.json(
                                                    reasons.isEmpty() ? 200 : 503, body);
                                        }));
    }

    private static Optional<HttpReply> refused(HttpCall call) {
        if (call.method().equals("GET") || call.method().equals("HEAD")) {
            return Optional.empty();
        }
        return Optional.of(HttpReply.error(405, "use GET").withHeader("Allow", "GET, HEAD"));
    }
}
