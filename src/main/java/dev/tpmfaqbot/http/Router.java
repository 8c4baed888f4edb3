package dev.tpmfaqbot.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the endpoint for a path (exact match), reads the body without holding a thread (refused
 * with 413 before reading when its declared length is over the route's limit, and with 408 when it
 * takes longer than {@code bodyTime}), then hands the request over. Large bodies in memory at once
 * are bounded too ({@link #BODY_BUDGET}, beyond it 503); small ones ({@link #SMALL_BODY}, such as
 * Slack's events and commands) never wait for that budget, so that clients holding large bodies
 * open cannot starve them: the connection limit bounds those. Errors are JSON; bodies are never
 * logged.
 */
final class Router extends Handler.Abstract {
    private volatile java.util.function.IntConsumer responses = status -> {};
    private static final Logger log = LoggerFactory.getLogger(Router.class);
    static final long BODY_BUDGET = 32L * 1024 * 1024;
    static final long SMALL_BODY = 16 * 1024;

    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Duration bodyTime;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong bodyBytes = new AtomicLong();
    private volatile boolean draining;

    private record Route(int maxBody, Endpoint endpoint) {}

    Router(Duration bodyTime) {
        this.bodyTime = bodyTime;
    }

    void add(String path, int maxBodyBytes, Endpoint endpoint) {
        routes.put(path, new Route(maxBodyBytes, endpoint));
    }

    void refuseNewRequests() {
        draining = true;
    }

    int inFlight() {
        return inFlight.get();
    }

    boolean awaitIdle(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return inFlight.get() == 0;
    }

    /** Told the status of every response as it is sent (for metrics). */
    void countResponses(java.util.function.IntConsumer counter) {
        responses = counter;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        inFlight.incrementAndGet();
        Callback done = Callback.from(callback, inFlight::decrementAndGet);
        Route route = routes.get(request.getHttpURI().getPath());
        long declared = request.getLength();
        if (draining) {
            send(
                    request,
                    response,
                    done,
                    HttpReply.error(503, "shutting down").withHeader("Connection", "close"));
        } else if (route == null) {
            send(request, response, done, HttpReply.error(404, "no such endpoint"));
        } else if (declared > route.maxBody()) {
            send(request, response, done, tooLarge(route));
        } else {
            long reserved =
                    declared >= 0 && declared <= SMALL_BODY
                            ? 0
                            : declared >= 0 ? declared : route.maxBody();
            if (bodyBytes.addAndGet(reserved) > BODY_BUDGET) {
                bodyBytes.addAndGet(-reserved);
                send(
                        request,
                        response,
                        done,
                        HttpReply.error(503, "too many requests at once")
                                .withHeader("Connection", "close"));
                return true;
            }
            Content.Source.asByteArrayAsync(request, route.maxBody())
                    .orTimeout(bodyTime.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete(
                            (body, unread) -> {
                                bodyBytes.addAndGet(-reserved);
                                if (unread != null) {
                                    send(request, response, done, unread(route, unread));
                                } else {
                                    call(route, request, body)
                                            .whenComplete(
                                                    (reply, failure) ->
                                                            send(
                                                                    request,
                                                                    response,
                                                                    done,
                                                                    reply != null
                                                                            ? reply
                                                                            : failed(
                                                                                    request,
                                                                                    failure)));
                                }
                            });
        }
        return true;
    }

    private static CompletionStage<HttpReply> call(Route route, Request request, byte[] body) {
        try {
            return route.endpoint()
                    .handle(
                            new HttpCall(
                                    request.getMethod(),
                                    request.getHttpURI().getPath(),
                                    request.getHttpURI().getQuery(),
                                    headers(request),
                                    body,
                                    Request.getRemoteAddr(request)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Why a body was not read: too slow, over the limit (a chunked body has no length to check
     * first), or broken.
     */
    private static HttpReply unread(Route route, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof TimeoutException) {
            return HttpReply.error(408, "the request body took too long")
                    .withHeader("Connection", "close");
        }
        if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
            return tooLarge(route);
        }
        return HttpReply.error(400, "the request body could not be read")
                .withHeader("Connection", "close");
    }

    private static HttpReply failed(Request request, Throwable failure) {
        log.warn(
                "{} {} failed: {}",
                request.getMethod(),
                request.getHttpURI().getPath(),
                unwrap(failure).toString());
        return HttpReply.error(500, "internal error");
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException
                        && failure.getCause() != null
                ? failure.getCause()
                : failure;
    }

    private static HttpReply tooLarge(Route route) {
        return HttpReply.error(413, "the body is larger than " + route.maxBody() + " bytes")
                .withHeader("Connection", "close");
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getLowerCaseName(), name -> new ArrayList<>())
                    .add(field.getValue());
        }
        return headers;
    }

    private void send(Request request, Response response, Callback done, HttpReply reply) {
        responses.accept(reply.status());
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        boolean head = "HEAD".equals(request.getMethod().toUpperCase(Locale.ROOT));
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(reply.body()), done);
    }
}
