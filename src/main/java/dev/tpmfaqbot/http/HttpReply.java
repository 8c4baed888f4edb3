package dev.tpmfaqbot.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** What an endpoint answers: a status, a body and its type, and any extra headers. */
public record HttpReply(int status, String contentType, byte[] body, Map<String, String> headers) {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String JSON_TYPE = "application/json; charset=utf-8";

    public HttpReply {
        headers = Map.copyOf(headers);
    }

    public static HttpReply json(int status, JsonNode body) {
        return new HttpReply(
                status, JSON_TYPE, body.toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** {@code {"error": message}} */
    public static HttpReply error(int status, String message) {
        return json(status, object().put("error", message));
    }

    public static HttpReply of(int status, String contentType, String body) {
        return new HttpReply(
                status,
                contentType,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8),
                Map.of());
    }

    public HttpReply withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new HttpReply(status, contentType, body, more);
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
