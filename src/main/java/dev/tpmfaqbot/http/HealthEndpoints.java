package dev.tpmfaqbot.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/** {@code /healthz}: the process answers. {@code /readyz}: it can serve, or 503 with the reasons it cannot. */
public final class HealthEndpoints {
    public static final String HEALTH = "/healthz";
    public static final String READY = "/readyz";

    private HealthEndpoints() {
    }

    public static HttpHandler alive() {
        return exchange -> {
            if (allowed(exchange)) {
                JsonResponse.send(exchange, 200, JsonResponse.object().put("status", "alive"));
            }
        };
    }

    /**
     * {@code notReadyReasons} is empty when ready; {@code degradations} are listed among the reasons
     * without making the bot unready (it serves, in a lesser way: answers from words alone).
     */
    public static HttpHandler ready(Supplier<List<String>> notReadyReasons, Supplier<List<String>> degradations) {
        return exchange -> {
            if (!allowed(exchange)) {
                return;
            }
            List<String> reasons = notReadyReasons.get();
            ObjectNode body = JsonResponse.object().put("ready", reasons.isEmpty());
            ArrayNode listed = body.putArray("reasons");
            reasons.forEach(listed::add);
            degradations.get().forEach(listed::add);
            JsonResponse.send(exchange, reasons.isEmpty() ? 200 : 503, body);
        };
    }

    private static boolean allowed(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        JsonResponse.error(exchange, 405, "use GET");
        return false;
    }
}
