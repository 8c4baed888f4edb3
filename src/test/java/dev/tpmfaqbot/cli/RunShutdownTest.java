package dev.tpmfaqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class RunShutdownTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir Path workingDir;

    @Test
    void runsWithNoConfigurationAndStopsInOrderOnSigterm() throws Exception {
        Map<String, String> variables =
                Map.of("PORT", "0", "FAQ_DIR", Path.of("faq").toAbsolutePath().toString());
        try (ChildBot bot = ChildBot.start(workingDir, variables, "run")) {
            int port = bot.awaitReady(Duration.ofSeconds(60));
            assertEquals(200, get(port, "/healthz").statusCode());
            assertEquals(200, get(port, "/readyz").statusCode());
            HttpResponse<String> answer =
                    get(
                            port,
                            "/api/ask?q=" + URLEncoder.encode("tpm vs pm", StandardCharsets.UTF_8));
            assertTrue(answer.body().contains("\"key\":\"compare:pm:tpm\""), answer.body());
            assertTrue(
                    Files.exists(workingDir.resolve("data/tpm-faq-bot.db")),
                    "the embedded database, created under data/");

            bot.terminate();
            assertEquals(0, bot.waitForExit(Duration.ofSeconds(30)), bot.stderr());
            String log = bot.stderr();
            assertTrue(log.contains("stopping: taking no new events"), log);
            assertTrue(log.matches("(?s).*stopped in \\d+ ms.*"), log);
            assertTrue(log.indexOf("stopping:") < log.indexOf("stopped in"), log);
        }
    }

    @Test
    void logLevelFromDotEnvTakesEffect() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.writeString(workingDir.resolve(".env"), "LOG_LEVEL=WARN\nPORT=" + port + "\n");
        try (ChildBot bot =
                ChildBot.start(
                        workingDir,
                        Map.of("FAQ_DIR", Path.of("faq").toAbsolutePath().toString()),
                        "run")) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!ready(port)) {
                assertTrue(System.nanoTime() < deadline, "not ready in time:\n" + bot.stderr());
                Thread.sleep(100);
            }
            bot.terminate();
            assertEquals(0, bot.waitForExit(Duration.ofSeconds(30)));
            assertFalse(bot.stderr().contains(" INFO "), bot.stderr());
        }
    }

    private static boolean ready(int port) {
        try {
            return get(port, "/readyz").statusCode() == 200;
        } catch (Exception notYet) {
            return false;
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
