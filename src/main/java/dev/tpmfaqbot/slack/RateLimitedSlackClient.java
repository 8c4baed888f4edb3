package dev.tpmfaqbot.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API and response_url, with HTTP 429 retried after the Retry-After the server asks for
 * (the SDK's blocking client does not retry). Waits are bounded, so a long outage fails the call
 * instead of holding a thread for minutes. {@code ok:false} answers become {@link SlackCallFailed}.
 */
final class RateLimitedSlackClient {
    private static final Logger log = LoggerFactory.getLogger(RateLimitedSlackClient.class);
    static final int MAX_ATTEMPTS = 4;
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final int TOO_MANY_REQUESTS = 429;

    private final Slack slack;
    private final MethodsClient methods;

    /**
     * The SDK builds a new Gson for every response_url post, which costs more than the answer; one
     * is enough.
     */
    private final Gson json;

    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T run(MethodsClient methods) throws IOException, SlackApiException;
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T run() throws IOException, SlackApiException, RateLimited;
    }

    /** Thrown by one attempt that was answered with 429. */
    private static final class RateLimited extends Exception {
        final long retryAfterSeconds;

        RateLimited(long retryAfterSeconds) {
            super(null, null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    RateLimitedSlackClient(Slack slack, String botToken) {
        this.slack = slack;
        this.methods = slack.methods(botToken);
        this.json = GsonFactory.createSnakeCase(slack.getConfig());
    }

    <T extends SlackApiTextResponse> T call(String method, Call<T> call) throws SlackCallFailed {
        T response =
                withRetries(
                        method,
                        () -> {
                            try {
                                return call.run(methods);
                            } catch (SlackApiException e) {
                                if (e.getResponse().code() == TOO_MANY_REQUESTS) {
                                    throw new RateLimited(
                                            retryAfter(e.getResponse().header("Retry-After")));
                                }
                                throw e;
                            }
                        });
        if (!response.isOk()) {
            throw new SlackCallFailed(method + " failed: " + response.getError());
        }
        return response;
    }

    /** Posts to a response_url (valid for 30 minutes and five posts). */
    void respond(String responseUrl, ActionResponse response) throws SlackCallFailed {
        String body = json.toJson(response);
        WebhookResponse result =
                withRetries(
                        "response_url",
                        () -> {
                            WebhookResponse r = slack.send(responseUrl, body);
                            if (r.getCode() == TOO_MANY_REQUESTS) {
                                throw new RateLimited(retryAfter(header(r, "Retry-After")));
                            }
                            return r;
                        });
        if (result.getCode() / 100 != 2) {
            throw new SlackCallFailed(
                    "response_url post failed: HTTP " + result.getCode() + " " + result.getBody());
        }
    }

    private <T> T withRetries(String what, Attempt<T> attempt) throws SlackCallFailed {
        for (int attempts = 1; ; attempts++) {
            try {
                return attempt.run();
            } catch (RateLimited limited) {
                if (attempts >= MAX_ATTEMPTS) {
                    throw new SlackCallFailed(
                            what + " still rate limited after " + attempts + " attempts");
                }
                Duration wait = Duration.ofSeconds(Math.max(1, limited.retryAfterSeconds));
                wait = wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
                log.info("{} rate limited; retrying in {} s", what, wait.toSeconds());
                sleep(wait, what);
            } catch (IOException | SlackApiException e) {
                throw new SlackCallFailed(what + " failed: " + e.getMessage(), e);
            }
        }
    }

    private static void sleep(Duration wait, String what) throws SlackCallFailed {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallFailed(what + " interrupted while waiting out a rate limit");
        }
    }

    private static String header(WebhookResponse response, String name) {
        if (response.getHeaders() == null) {
            return null;
        }
        return response.getHeaders().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    private static long retryAfter(String header) {
        try {
            return header == null ? 1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
