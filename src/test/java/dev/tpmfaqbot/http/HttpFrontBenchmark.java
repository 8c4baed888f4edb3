package dev.tpmfaqbot.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How quickly /healthz answers while the server is under attack, with the production limits:
 * slowloris sockets that never finish their headers or body, and requests whose answer never comes.
 * Run with: mvn -q test -Dgroups=benchmark -DexcludedGroups=none -Dtest=HttpFrontBenchmark
 */
@Tag("benchmark")
class HttpFrontBenchmark {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void healthUnderSlowlorisAndStuckAnswers() throws Exception {
        EmbeddedHttpServer server = EmbeddedHttpServer.start("127.0.0.1", 0);
        server.route("/healthz", 0, HealthEndpoints.alive());
        server.route(
                "/slack/events",
                1 << 20,
                call -> CompletableFuture.completedFuture(HttpReply.error(401, "unsigned")));
        server.route("/never", 0, call -> new CompletableFuture<>());
        List<Socket> sockets = new ArrayList<>();
        try {
            System.out.printf(
                    Locale.ROOT,
                    "HttpFrontBenchmark: %d cores%n",
                    Runtime.getRuntime().availableProcessors());
            report("warming up", server);
            report("quiet", server);
            for (int i = 0; i < 300; i++) {
                sockets.add(send(server, "GET /healthz HTTP/1.1\r\nHost: x\r\n"));
                sockets.add(
                        send(
                                server,
                                "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\nabc"));
                sockets.add(send(server, "GET /never HTTP/1.1\r\nHost: x\r\n\r\n"));
            }
            report(
                    "300 unfinished headers, 300 unfinished 1 MB bodies, 300 answers that never come",
                    server);
            long start = System.nanoTime();
            Socket probe =
                    send(
                            server,
                            "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n");
            String status =
                    new String(probe.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            System.out.printf(
                    Locale.ROOT,
                    "  2 MB body announced to a 1 MB route: %s after %.1f ms, nothing read%n",
                    status,
                    (System.nanoTime() - start) / 1e6);
            sockets.add(probe);
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
            server.stop(Duration.ZERO);
        }
    }

    private static void report(String situation, EmbeddedHttpServer server) throws Exception {
        int n = 200;
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response =
                    CLIENT.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    "http://127.0.0.1:"
                                                            + server.port()
                                                            + "/healthz"))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new AssertionError("healthz answered " + response.statusCode());
            }
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "  %-85s /healthz p50 %5.2f ms, p99 %6.2f ms, max %6.2f ms%n",
                situation,
                millis[n / 2],
                millis[n * 99 / 100],
                millis[n - 1]);
    }

    private static Socket send(EmbeddedHttpServer server, String bytes) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(bytes.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }
}
