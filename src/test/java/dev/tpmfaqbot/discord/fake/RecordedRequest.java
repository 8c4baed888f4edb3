package dev.tpmfaqbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request to the fake REST server. {@code path} is below /api/v10/ (e.g.
 * "channels/1/messages"); {@code body} is the JSON body (for multipart uploads, the payload_json
 * part), or a null node.
 */
public record RecordedRequest(
        String method, String path, String query, String authorization, JsonNode body) {

    public boolean matches(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + " " + body;
    }
}
