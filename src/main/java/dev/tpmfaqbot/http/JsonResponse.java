package dev.tpmfaqbot.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes a JSON body (UTF-8) with a status, and closes the exchange. */
public final class JsonResponse {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonResponse() {
    }

    public static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(bytes);
            }
        }
    }

    /** {@code {"error": message}} */
    public static void error(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, object().put("error", message));
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
