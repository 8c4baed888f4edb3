package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** GET /metrics over real HTTP: Prometheus text, behind API_TOKEN when it is set. */
@Timeout(60)
class MetricsEndpointTest {
    private static final String TOKEN = "metrics-t0ken-0123456789";

    @Test
    void metricsNeedTheTokenAndCountWhatHappened() throws Exception {
        Bots.Started bot = Bots.start(Map.of(HttpSettings.API_TOKEN, TOKEN));
        try {
            assertEquals(
                    200,
                    Http.send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            "http://127.0.0.1:"
                                                                    + bot.port()
                                                                    + "/api/ask?q=does+a+tpm+need+to+code"))
                                            .header("Authorization", "Bearer " + TOKEN)
                                            .GET())
                            .statusCode());
            assertEquals(401, Http.get(bot.port(), "/metrics").statusCode());
            assertEquals(401, metrics(bot.port(), "Bearer wrong").statusCode());

            HttpResponse<String> metrics = metrics(bot.port(), "Bearer " + TOKEN);
            assertEquals(200, metrics.statusCode());
            assertTrue(
                    metrics.headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("text/plain"),
                    metrics.headers().toString());
            String text = metrics.body();
            for (String expected :
                    List.of(
                            "tpm_questions_total{band=\"answer\",platform=\"http\",route=",
                            "tpm_answer_latency_seconds_bucket{le=",
                            "tpm_records_waiting ",
                            "tpm_records_dropped_total 0.0",
                            "tpm_content_reloads_total{result=\"rejected\"} 0.0",
                            "tpm_http_responses_total{status=\"401\"} 2.0",
                            "tpm_http_responses_total{status=\"200\"} 1.0")) {
                assertTrue(text.contains(expected), expected + " missing from\n" + text);
            }
        } finally {
            bot.bot().stop();
        }
    }

    @Test
    void withoutATokenMetricsAreOpen() throws Exception {
        Bots.Started bot = Bots.start(Map.of());
        try {
            assertEquals(200, Http.get(bot.port(), "/metrics").statusCode());
        } finally {
            bot.bot().stop();
        }
    }

    private static HttpResponse<String> metrics(int port, String authorization) throws Exception {
        return Http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                        .header("Authorization", authorization)
                        .GET());
    }
}
