package dev.tpmfaqbot.slack.fake;

import static dev.tpmfaqbot.slack.fake.SlackPayloads.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode server on 127.0.0.1: greets each connection with hello, sends envelopes to
 * the newest open connection and records what the app sends back (its acks).
 */
public final class FakeSocketModeServer implements AutoCloseable {
    private final Server server = new Server();
    private final List<WebSocket> connections = new ArrayList<>(); // guarded by this
    private final List<JsonNode> received = new ArrayList<>(); // guarded by this

    private FakeSocketModeServer() {}

    public static FakeSocketModeServer start() throws InterruptedException {
        FakeSocketModeServer fake = new FakeSocketModeServer();
        fake.server.setReuseAddr(true);
        fake.server.setDaemon(true);
        fake.server.start();
        if (!fake.server.started.await(5, TimeUnit.SECONDS) || fake.server.startError != null) {
            throw new IllegalStateException(
                    "websocket server did not start", fake.server.startError);
        }
        return fake;
    }

    /**
     * The URL apps.connections.open should return: {@code FakeSlackApi#socketModeUrl(fake.url())}.
     */
    public String url() {
        return "ws://127.0.0.1:" + server.getPort() + "/link/?ticket=fake";
    }

    /** Connections opened so far (closed ones included). */
    public synchronized int connectionCount() {
        return connections.size();
    }

    public synchronized void awaitConnection(Duration timeout) throws InterruptedException {
        awaitUntil(
                timeout,
                () -> connections.stream().anyMatch(WebSocket::isOpen),
                "an open connection");
    }

    /**
     * Sends an envelope; {@code type} is events_api, slash_commands or interactive. Slack lets the
     * ack carry a response payload for slash commands only (and for some interactive payloads, not
     * block_actions). Returns the envelope_id to pass to {@link #awaitAck}.
     */
    public String send(String type, JsonNode payload) {
        ObjectNode envelope =
                JSON.createObjectNode()
                        .put("envelope_id", UUID.randomUUID().toString())
                        .put("type", type)
                        .put("accepts_response_payload", type.equals("slash_commands"));
        envelope.set("payload", payload);
        return sendRaw(envelope);
    }

    /**
     * Sends any message, e.g. an envelope with retry_attempt/retry_reason, or
     * {"type":"disconnect"}.
     */
    public synchronized String sendRaw(ObjectNode message) {
        WebSocket newest = connections.isEmpty() ? null : connections.get(connections.size() - 1);
        if (newest == null || !newest.isOpen()) {
            throw new IllegalStateException("no open Socket Mode connection");
        }
        newest.send(message.toString());
        return message.path("envelope_id").asText(null);
    }

    /**
     * Waits for the app's ack of {@code envelopeId}: {"envelope_id":..., "payload":... (optional)}.
     */
    public synchronized JsonNode awaitAck(String envelopeId, Duration timeout)
            throws InterruptedException {
        awaitUntil(timeout, () -> findAck(envelopeId) != null, "an ack of envelope " + envelopeId);
        return findAck(envelopeId);
    }

    /** Every JSON message the app sent, in order. */
    public synchronized List<JsonNode> received() {
        return List.copyOf(received);
    }

    private JsonNode findAck(String envelopeId) {
        return received.stream()
                .filter(m -> envelopeId.equals(m.path("envelope_id").asText()))
                .findFirst()
                .orElse(null);
    }

    private void awaitUntil(Duration timeout, BooleanSupplier done, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(
                        "no " + what + " within " + timeout + "; received: " + received);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Server extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        volatile Exception startError;

        Server() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            synchronized (FakeSocketModeServer.this) {
                connections.add(conn);
                conn.send(
                        JSON.createObjectNode()
                                .put("type", "hello")
                                .put("num_connections", 1)
                                .toString());
                FakeSocketModeServer.this.notifyAll();
            }
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            synchronized (FakeSocketModeServer.this) {
                try {
                    received.add(JSON.readTree(message));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                FakeSocketModeServer.this.notifyAll();
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            synchronized (FakeSocketModeServer.this) {
                FakeSocketModeServer.this.notifyAll();
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            if (conn == null) { // the server itself failed, e.g. could not bind
                startError = ex;
                started.countDown();
            }
        }
    }
}
