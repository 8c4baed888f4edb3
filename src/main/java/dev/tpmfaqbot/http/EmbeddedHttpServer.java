package dev.tpmfaqbot.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server of a run. Paths match exactly (the JDK matches prefixes); unknown paths get a
 * JSON 404; a handler that throws gets a JSON 500 instead of a dropped connection. Requests run on
 * a bounded pool; when it is full, the accepting thread runs the request itself, which slows
 * accepting rather than queueing without limit. On shutdown, new requests get 503 while those in
 * flight finish.
 */
public final class EmbeddedHttpServer implements HttpRoutes {
    static {
        // Without TCP_NODELAY small responses wait ~40 ms for Nagle's algorithm. The JDK reads this
        // once per JVM, when the first server is created, so it is set before that happens.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedHttpServer.class);
    private static final int THREADS = 16;
    private volatile IntConsumer responses = status -> { };
    private static final int QUEUE = 256;

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    private EmbeddedHttpServer(HttpServer server) {
        this.server = server;
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread thread = new Thread(r, "http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(pool);
        route("/", exchange -> JsonResponse.error(exchange, 404, "no such endpoint"));
    }

    /** Binds the port (0: any free port) on all interfaces and starts serving. */
    public static EmbeddedHttpServer start(int port) throws IOException {
        EmbeddedHttpServer embedded = new EmbeddedHttpServer(HttpServer.create(new InetSocketAddress(port), 0));
        embedded.server.start();
        return embedded;
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves exactly {@code path} (not the paths below it) with the handler, from now on. */
    @Override
    public void route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> serve(path, handler, exchange));
    }

    /** Told the status of every response, once it is sent (for metrics). */
    public void countResponses(IntConsumer counter) {
        responses = counter;
    }

    private void serve(String path, HttpHandler handler, HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        try {
            if (draining) {
                exchange.getResponseHeaders().set("Connection", "close");
                JsonResponse.error(exchange, 503, "shutting down");
            } else if (!exchange.getRequestURI().getPath().equals(path)) {
                JsonResponse.error(exchange, 404, "no such endpoint");
            } else {
                handler.handle(exchange);
            }
        } catch (RuntimeException | IOException e) {
            failed(exchange, e);
        } finally {
            responses.accept(exchange.getResponseCode());
            exchange.close();
            inFlight.decrementAndGet();
        }
    }

    private static void failed(HttpExchange exchange, Exception e) {
        log.warn("{} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e.toString());
        if (exchange.getResponseCode() == -1) {
            try {
                JsonResponse.error(exchange, 500, "internal error");
            } catch (IOException | RuntimeException ignored) {
                // the client is gone; nothing more to tell it
            }
        }
    }

    /** From now on, requests get 503 "shutting down" (load balancers then try another replica). */
    public void refuseNewRequests() {
        draining = true;
    }

    /** Turns new requests away, waits for those in flight (at most {@code grace}), then closes the port. */
    public void stop(Duration grace) {
        refuseNewRequests();
        long deadline = System.nanoTime() + grace.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            sleepBriefly();
        }
        if (inFlight.get() > 0) {
            log.warn("http: {} request(s) still running after {} s; closing anyway", inFlight.get(), grace.toSeconds());
        }
        server.stop(0);
        pool.shutdownNow();
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
