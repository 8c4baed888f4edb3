package dev.tpmfaqbot.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as an endpoint sees it: read whole, within its route's body limit, before the endpoint
 * runs. Header names are lower case. {@code client} is the peer's address.
 */
public record HttpCall(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body,
        String client) {

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
