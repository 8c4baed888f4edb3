package dev.tpmfaqbot.slack.fake;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Builds HTTP requests as Slack sends them to an app, signed with the signing secret. Instances are
 * immutable: {@link #staleTimestamp()}, {@link #badSignature()} and {@link #retry} return a changed
 * copy.
 */
public final class SignedRequests {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String signingSecret;
    private final long timestampOffsetSeconds;
    private final boolean badSignature;
    private final Integer retryNum;
    private final String retryReason;

    public SignedRequests(String signingSecret) {
        this(signingSecret, 0, false, null, null);
    }

    private SignedRequests(
            String secret, long offset, boolean bad, Integer retryNum, String retryReason) {
        this.signingSecret = secret;
        this.timestampOffsetSeconds = offset;
        this.badSignature = bad;
        this.retryNum = retryNum;
        this.retryReason = retryReason;
    }

    /** Timestamps ten minutes old (Bolt accepts five), correctly signed. */
    public SignedRequests staleTimestamp() {
        return new SignedRequests(signingSecret, -600, badSignature, retryNum, retryReason);
    }

    /** Signatures made with the wrong secret. */
    /** Requests signed with a timestamp this many seconds from now (negative: in the past). */
    public SignedRequests timestampOffset(long seconds) {
        return new SignedRequests(signingSecret, seconds, badSignature, retryNum, retryReason);
    }

    /** Any body, signed as Slack would sign it. */
    public SignedRequest raw(String body, String contentType) {
        return sign(body, contentType);
    }

    public SignedRequests badSignature() {
        return new SignedRequests(
                signingSecret, timestampOffsetSeconds, true, retryNum, retryReason);
    }

    /**
     * Adds X-Slack-Retry-Num and X-Slack-Retry-Reason (e.g. "http_timeout"), as Slack does when it
     * re-delivers.
     */
    public SignedRequests retry(int num, String reason) {
        return new SignedRequests(signingSecret, timestampOffsetSeconds, badSignature, num, reason);
    }

    public SignedRequest slashCommand(String command, String text, String responseUrl) {
        return form(SlackPayloads.slashCommand(command, text, responseUrl));
    }

    public SignedRequest appMention(String channel, String user, String text) {
        return event(SlackPayloads.appMention(channel, user, text));
    }

    public SignedRequest directMessage(String dmChannel, String user, String text) {
        return event(SlackPayloads.directMessage(dmChannel, user, text));
    }

    public SignedRequest memberJoinedChannel(String channel, String user) {
        return event(SlackPayloads.memberJoinedChannel(channel, user));
    }

    public SignedRequest blockActions(
            String actionId, String value, String channel, String responseUrl) {
        return interactive(SlackPayloads.blockActions(actionId, value, channel, responseUrl));
    }

    /** A form body from the (string) fields of {@code fields}, as for slash commands. */
    public SignedRequest form(ObjectNode fields) {
        StringJoiner body = new StringJoiner("&");
        fields.properties()
                .forEach(f -> body.add(encode(f.getKey()) + "=" + encode(f.getValue().asText())));
        return sign(body.toString(), "application/x-www-form-urlencoded");
    }

    /** A JSON body, as for the Events API. */
    public SignedRequest event(ObjectNode eventCallback) {
        return sign(eventCallback.toString(), "application/json");
    }

    /**
     * A {@code payload=<json>} form body, as for interactivity (block_actions, view_submission...).
     */
    public SignedRequest interactive(ObjectNode payload) {
        return sign("payload=" + encode(payload.toString()), "application/x-www-form-urlencoded");
    }

    private SignedRequest sign(String body, String contentType) {
        String ts = String.valueOf(System.currentTimeMillis() / 1000 + timestampOffsetSeconds);
        String secret = badSignature ? signingSecret + "-wrong" : signingSecret;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(contentType));
        headers.put(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, List.of(ts));
        headers.put(
                SlackSignature.HeaderNames.X_SLACK_SIGNATURE,
                List.of(new SlackSignature.Generator(secret).generate(ts, body)));
        if (retryNum != null) {
            headers.put("X-Slack-Retry-Num", List.of(retryNum.toString()));
            headers.put("X-Slack-Retry-Reason", List.of(retryReason));
        }
        return new SignedRequest(body, Map.copyOf(headers));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, UTF_8);
    }

    /**
     * A request body and its headers (Content-Type, signature, timestamp, optional retry headers).
     */
    public record SignedRequest(String body, Map<String, List<String>> headers) {

        /** What an HTTP adapter would hand to {@code app.run(...)}. */
        public Request<?> toBoltRequest(AppConfig config) {
            return new SlackRequestParser(config)
                    .parse(
                            SlackRequestParser.HttpRequest.builder()
                                    .requestUri("/slack/events")
                                    .queryString(Map.of())
                                    .requestBody(body)
                                    .headers(new RequestHeaders(headers))
                                    .remoteAddress("127.0.0.1")
                                    .build());
        }

        /** POSTs this request to a running HTTP endpoint, e.g. the adapter's /slack/events. */
        public HttpResponse<String> postTo(URI endpoint) throws IOException, InterruptedException {
            List<String> flat = new ArrayList<>();
            headers.forEach(
                    (name, values) ->
                            values.forEach(
                                    v -> {
                                        flat.add(name);
                                        flat.add(v);
                                    }));
            HttpRequest request =
                    HttpRequest.newBuilder(endpoint)
                            .headers(flat.toArray(String[]::new))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
