package dev.tpmfaqbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events} on the shared HTTP server: events, slash commands and interactivity
 * all arrive here and go to Bolt, which checks the signature and timestamp (401 otherwise).
 */
final class SlackHttpEndpoint implements HttpHandler {
    private static final Logger log = LoggerFactory.getLogger(SlackHttpEndpoint.class);
    /** Slack's payloads are a few kilobytes; this keeps a bad client from filling memory. */
    private static final int MAX_BODY = 1 << 20;

    private final App app;
    private final SlackRequestParser parser;
    private volatile boolean accepting = true;

    SlackHttpEndpoint(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    void stopAccepting() {
        accepting = false;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                send(exchange, 405, "text/plain", "POST only");
                return;
            }
            if (!accepting) {
                send(exchange, 503, "text/plain", "shutting down");
                return;
            }
            byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY);
            if (body == null) {
                send(exchange, 413, "text/plain", "too large");
                return;
            }
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(Map.of())
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .headers(new RequestHeaders(exchange.getRequestHeaders()))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
            Response response = app.run(request);
            exchange.getResponseHeaders().putAll(response.getHeaders() == null ? Map.of() : response.getHeaders());
            send(exchange, response.getStatusCode(), response.getContentType(), response.getBody());
        } catch (Exception e) {
            log.warn("slack: request failed: {}", e.toString());
            if (exchange.getResponseCode() == -1) {
                send(exchange, 500, "text/plain", "error");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().put("Content-Type", List.of(contentType));
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }
}
