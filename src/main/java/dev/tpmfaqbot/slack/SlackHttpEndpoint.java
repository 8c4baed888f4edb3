package dev.tpmfaqbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.tpmfaqbot.http.Endpoint;
import dev.tpmfaqbot.http.HttpCall;
import dev.tpmfaqbot.http.HttpReply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events} on the shared HTTP server: events, slash commands and interactivity.
 * The signature and timestamp are checked on the raw body first (401 otherwise), so an unsigned
 * body is never parsed or logged; a signed body Bolt cannot make sense of gets 400. Bolt then
 * routes it to a handler, which queues the work and acknowledges.
 */
final class SlackHttpEndpoint implements Endpoint {
    private static final Logger log = LoggerFactory.getLogger(SlackHttpEndpoint.class);

    /** Slack's payloads are a few kilobytes; this keeps a bad client from filling memory. */
    static final int MAX_BODY = 1 << 20;

    private final App app;
    private final SlackSignature signature;
    private final SlackRequestParser parser;
    private volatile boolean accepting = true;

    SlackHttpEndpoint(App app, SlackSignature signature) {
        this.app = app;
        this.signature = signature;
        this.parser = new SlackRequestParser(app.config());
    }

    void stopAccepting() {
        accepting = false;
    }

    @Override
    public CompletionStage<HttpReply> handle(HttpCall call) {
        return CompletableFuture.completedFuture(reply(call));
    }

    private HttpReply reply(HttpCall call) {
        if (!"POST".equals(call.method())) {
            return HttpReply.error(405, "POST only").withHeader("Allow", "POST");
        }
        if (!accepting) {
            return HttpReply.error(503, "shutting down");
        }
        if (!signature.valid(
                call.header("x-slack-request-timestamp"),
                call.header("x-slack-signature"),
                call.body())) {
            return HttpReply.error(
                    401,
                    "invalid or missing Slack signature, or a timestamp more than 5 minutes from now");
        }
        Response response;
        try {
            Request<?> request =
                    parser.parse(
                            SlackRequestParser.HttpRequest.builder()
                                    .requestUri(call.path())
                                    .queryString(Map.of())
                                    .requestBody(new String(call.body(), StandardCharsets.UTF_8))
                                    .headers(new RequestHeaders(call.headers()))
                                    .remoteAddress(call.client())
                                    .build());
            if (request == null) {
                return malformed(null);
            }
            response = app.run(request);
        } catch (Exception e) {
            return malformed(e);
        }
        if (response == null) {
            return malformed(null);
        }
        HttpReply reply =
                HttpReply.of(
                        response.getStatusCode(),
                        response.getContentType() == null
                                ? "text/plain; charset=utf-8"
                                : response.getContentType(),
                        response.getBody());
        for (Map.Entry<String, List<String>> header :
                (response.getHeaders() == null
                                ? Map.<String, List<String>>of()
                                : response.getHeaders())
                        .entrySet()) {
            if (!header.getValue().isEmpty() && !header.getKey().equalsIgnoreCase("content-type")) {
                reply = reply.withHeader(header.getKey(), header.getValue().get(0));
            }
        }
        return reply;
    }

    private static HttpReply malformed(Exception e) {
        log.info(
                "slack: a signed request Bolt could not read{}",
                e == null ? "" : ": " + e.getClass().getSimpleName());
        return HttpReply.error(400, "not a Slack request this app understands");
    }
}
