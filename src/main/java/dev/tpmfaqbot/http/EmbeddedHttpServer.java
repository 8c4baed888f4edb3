package dev.tpmfaqbot.http;

import java.time.Duration;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server of a run, on Jetty. Jetty reads requests without blocking: a client that
 * sends its headers or body slowly, or never finishes them, holds a socket but no thread, and is
 * cut off after {@link Limits#headerTime} (headers), {@link Limits#bodyTime} (body) or {@link
 * Limits#idle} of silence. Requests and bodies are bounded in size, every error is JSON (see {@link
 * Router}), and on shutdown new requests get 503 while those in flight finish.
 */
public final class EmbeddedHttpServer implements HttpRoutes {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedHttpServer.class);

    /**
     * The request line and headers together. A 4,000-character question fits percent-encoded in any
     * script.
     */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    /**
     * How long a client may take: to send its request headers (checked every {@code headerTime}, so
     * one to two times that), its body, or anything at all on an open connection.
     */
    record Limits(Duration headerTime, Duration bodyTime, Duration idle) {
        static final Limits DEFAULT =
                new Limits(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    private static final int MAX_CONNECTIONS = 2_000;
    private static final int THREADS = 32;

    private final Server server;
    private final ServerConnector connector;
    private final Router router;

    private EmbeddedHttpServer(String host, int port, Limits limits) {
        QueuedThreadPool threads = new QueuedThreadPool(THREADS, 4);
        threads.setName("http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setRequestHeaderSize(MAX_HEADER_BYTES);
        config.setSendServerVersion(false);
        config.setSendDateHeader(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idle().toMillis());
        connector.addBean(new HeaderDeadline(limits.headerTime()));
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
        server.setErrorHandler(new JsonErrors());
        router = new Router(limits.bodyTime());
        server.setHandler(router);
        server.setStopTimeout(0);
    }

    /**
     * Binds {@code host} (null: all interfaces) and the port (0: any free port), and starts
     * serving.
     */
    public static EmbeddedHttpServer start(String host, int port) throws Exception {
        return start(host, port, Limits.DEFAULT);
    }

    static EmbeddedHttpServer start(String host, int port, Limits limits) throws Exception {
        EmbeddedHttpServer embedded = new EmbeddedHttpServer(host, port, limits);
        try {
            embedded.server.start();
        } catch (Exception e) {
            embedded.server.stop();
            throw e;
        }
        return embedded;
    }

    /** The port actually bound. */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void route(String path, int maxBodyBytes, Endpoint endpoint) {
        router.add(path, maxBodyBytes, endpoint);
    }

    /** Told the status of every response, once it is sent (for metrics). */
    public void countResponses(java.util.function.IntConsumer counter) {
        router.countResponses(counter);
    }

    /** From now on, requests get 503 "shutting down" (load balancers then try another replica). */
    public void refuseNewRequests() {
        router.refuseNewRequests();
    }

    /**
     * Turns new requests away, waits for those in flight (at most {@code grace}), then closes the
     * port.
     */
    public void stop(Duration grace) {
        refuseNewRequests();
        if (!router.awaitIdle(grace)) {
            log.warn(
                    "http: {} request(s) still running after {} s; closing anyway",
                    router.inFlight(),
                    grace.toSeconds());
        }
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("http: stopping the server: {}", e.toString());
        }
    }
}
