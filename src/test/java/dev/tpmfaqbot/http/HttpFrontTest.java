package dev.tpmfaqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.Eventually;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The HTTP front against hostile clients, over real sockets on loopback: clients that never finish
 * their headers or body, bodies over the limit, garbage, and endpoints that take long. Short limits
 * keep the tests quick; the mechanism is the same as in production.
 */
@Timeout(60)
class HttpFrontTest {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final EmbeddedHttpServer.Limits QUICK =
            new EmbeddedHttpServer.Limits(
                    Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(3));

    /** Twice the server's threads: enough to take them all if a stalled client held one. */
    private static final int CLIENTS = 64;

    private EmbeddedHttpServer server;
    private final AtomicInteger slowCalls = new AtomicInteger();
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = EmbeddedHttpServer.start("127.0.0.1", 0, QUICK);
        server.route("/healthz", 0, HealthEndpoints.alive());
        server.route(
                "/echo",
                100,
                call ->
                        CompletableFuture.completedFuture(
                                HttpReply.json(
                                        200, HttpReply.object().put("bytes", call.body().length))));
        server.route(
                "/never",
                0,
                call -> {
                    slowCalls.incrementAndGet();
                    return new CompletableFuture<>();
                });
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        server.stop(Duration.ZERO);
    }

    @Test
    void clientsThatNeverFinishTheirHeadersHoldNoThread() throws Exception {
        for (int i = 0; i < CLIENTS; i++) {
            open().getOutputStream()
                    .write(
                            "GET /healthz HTTP/1.1\r\nHost: x\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals(200, get("/healthz").statusCode());
    }

    @Test
    void clientsThatNeverFinishTheirBodyHoldNoThread() throws Exception {
        for (int i = 0; i < CLIENTS; i++) {
            open().getOutputStream()
                    .write(
                            "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 90\r\n\r\nabc"
                                    .getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals(200, get("/healthz").statusCode());
    }

    @Test
    void answersStillBeingWorkedOnHoldNoThread() throws Exception {
        for (int i = 0; i < CLIENTS; i++) {
            open().getOutputStream()
                    .write(
                            "GET /never HTTP/1.1\r\nHost: x\r\n\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
        }
        Eventually.until(
                Duration.ofSeconds(20),
                "every slow client in a call",
                () -> slowCalls.get() == CLIENTS);
        assertEquals(200, get("/healthz").statusCode());
    }

    @Test
    void headersSentAByteAtATimeAreCutOff() throws Exception {
        Socket socket = open();
        OutputStream out = socket.getOutputStream();
        out.write("GET /healthz HTTP/1.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
        boolean cutOff = false;
        // 100 bytes, one every 100 ms: always under the idle timeout, never a complete request.
        for (int i = 0; i < 100 && !cutOff; i++) {
            Thread.sleep(100);
            try {
                out.write('a');
                out.flush();
            } catch (IOException closed) {
                cutOff = true;
            }
            cutOff = cutOff || closedByServer(socket);
        }
        assertTrue(cutOff, "the server closed the connection before the headers were complete");
    }

    @Test
    void aBodyThatStallsGetsA408() throws Exception {
        String response =
                exchange("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 90\r\n\r\nabc");
        assertTrue(response.startsWith("HTTP/1.1 408 "), response);
        assertTrue(response.endsWith("{\"error\":\"the request body took too long\"}"), response);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsSent() throws Exception {
        String response =
                exchange("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 413 "), response);
        assertTrue(
                response.endsWith("{\"error\":\"the body is larger than 100 bytes\"}"), response);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedToo() throws Exception {
        String chunk = "x".repeat(200);
        String response =
                exchange(
                        "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                + Integer.toHexString(chunk.length())
                                + "\r\n"
                                + chunk
                                + "\r\n0\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 413 "), response);
    }

    @Test
    void aBodyWithinTheLimitIsRead() throws Exception {
        String response =
                exchange(
                        "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc");
        assertTrue(response.startsWith("HTTP/1.1 200 "), response);
        assertTrue(response.endsWith("{\"bytes\":3}"), response);
    }

    @Test
    void malformedRequestsGetJson() throws Exception {
        for (String request :
                List.of(
                        "GARBAGE\r\n\r\n",
                        "GET /healthz HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
                        "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                        "GET /healthz HTTP/1.1\r\nHost: x\r\nX: "
                                + "a".repeat(70_000)
                                + "\r\n\r\n")) {
            String response = exchange(request);
            assertTrue(response.matches("(?s)HTTP/1.1 4\\d\\d .*"), response);
            assertTrue(
                    response.toLowerCase(java.util.Locale.ROOT)
                            .contains("content-type: application/json"),
                    response);
            assertTrue(response.matches("(?s).*\\{\"error\":\"[^\"]+\"}$"), response);
        }
    }

    @Test
    void largeBodiesHeldOpenCannotCrowdOutSmallOnes() throws Exception {
        server.stop(Duration.ZERO);
        server =
                EmbeddedHttpServer.start(
                        "127.0.0.1",
                        0,
                        new EmbeddedHttpServer.Limits(
                                Duration.ofSeconds(30),
                                Duration.ofSeconds(30),
                                Duration.ofSeconds(30)));
        server.route(
                "/echo",
                100,
                call -> CompletableFuture.completedFuture(HttpReply.json(200, HttpReply.object())));
        server.route(
                "/large",
                8 * 1024 * 1024,
                call -> CompletableFuture.completedFuture(HttpReply.json(200, HttpReply.object())));
        for (long held = 0; held <= Router.BODY_BUDGET; held += 4 * 1024 * 1024) {
            open().getOutputStream()
                    .write(
                            "POST /large HTTP/1.1\r\nHost: x\r\nContent-Length: 4194304\r\n\r\nabc"
                                    .getBytes(StandardCharsets.US_ASCII));
        }
        String large = "";
        for (int i = 0; i < 20 && !large.startsWith("HTTP/1.1 503 "); i++) {
            Socket probe = open();
            probe.getOutputStream()
                    .write(
                            "POST /large HTTP/1.1\r\nHost: x\r\nContent-Length: 4194304\r\n\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
            probe.setSoTimeout(500);
            try {
                large =
                        new String(
                                probe.getInputStream().readNBytes(13), StandardCharsets.US_ASCII);
            } catch (java.net.SocketTimeoutException acceptedAndWaitingForItsBody) {
                large = "";
            }
        }
        assertEquals("HTTP/1.1 503 ", large, "the budget for large bodies is spent");
        String small =
                exchange(
                        "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc");
        assertTrue(small.startsWith("HTTP/1.1 200 "), small);
    }

    @Test
    void anEndpointThatFailsGetsA500NotABodyError() throws Exception {
        server.route(
                "/fails",
                0,
                call -> {
                    throw new IllegalArgumentException("a bug, not the client's body");
                });
        HttpResponse<String> response = get("/fails");
        assertEquals(500, response.statusCode());
        assertEquals("{\"error\":\"internal error\"}", response.body());
    }

    @Test
    void unknownPathsGetA404() throws Exception {
        HttpResponse<String> response = get("/healthz/more");
        assertEquals(404, response.statusCode());
        assertEquals("{\"error\":\"no such endpoint\"}", response.body());
    }

    private Socket open() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(20_000);
        sockets.add(socket);
        return socket;
    }

    /** Sends the bytes and reads until the server closes the connection or answers one response. */
    private String exchange(String request) throws IOException {
        Socket socket = open();
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        StringBuilder response = new StringBuilder();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) > 0) {
            response.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            if (complete(response.toString())) {
                break;
            }
        }
        return response.toString();
    }

    private static boolean complete(String response) {
        int end = response.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        java.util.regex.Matcher length =
                java.util.regex.Pattern.compile("(?i)content-length: (\\d+)")
                        .matcher(response.substring(0, end));
        return length.find() && response.length() - end - 4 >= Integer.parseInt(length.group(1));
    }

    private static boolean closedByServer(Socket socket) throws IOException {
        if (socket.getInputStream().available() > 0) {
            return true; // an error response: the server gave up on this request
        }
        socket.setSoTimeout(1);
        try {
            return socket.getInputStream().read() == -1;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        } finally {
            socket.setSoTimeout(20_000);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
