package dev.tpmfaqbot.slack.fake;

import static dev.tpmfaqbot.slack.fake.SlackPayloads.JSON;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The Slack Web API on 127.0.0.1, for the real Slack SDK: point it here with {@link
 * #slackConfig()}. Web API calls are served under /api/{method}; response_url posts under
 * /response/{id} are recorded as method {@value #RESPONSE_URL}. Every call is recorded, including
 * rate-limited ones.
 */
public final class FakeSlackApi implements AutoCloseable {
    public static final String RESPONSE_URL = "response_url";

    static {
        // Without TCP_NODELAY the JDK server adds ~40-50 ms (Nagle + delayed ACK) to every call.
        // Read once per JVM, when the first HttpServer is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor =
            Executors.newCachedThreadPool(
                    r -> {
                        Thread t = new Thread(r, "fake-slack-api");
                        t.setDaemon(true);
                        return t;
                    });
    private final List<Call> calls = new ArrayList<>(); // guarded by this
    private final Map<String, Function<Call, ObjectNode>> answers = new ConcurrentHashMap<>();
    private final Map<String, Integer> rateLimitOnce = new ConcurrentHashMap<>();
    private volatile String socketModeUrl;
    private Slack slack; // guarded by this

    private FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeSlackApi start() {
        try {
            return new FakeSlackApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * A new (mutable) SlackConfig whose Web API calls come here; pass it to {@code
     * Slack.getInstance(config)}.
     */
    public SlackConfig slackConfig() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(baseUrl() + "/api/");
        // With stats on, the SDK resolves each token's team through an extra auth.test cached in a
        // static (JVM-wide) map, and with DEBUG logging it then logs token.substring(0, 16): tokens
        // shorter than 16 characters such as "xoxb-test" throw StringIndexOutOfBoundsException.
        config.setStatsEnabled(false);
        return config;
    }

    /** One Slack client on {@link #slackConfig()}, closed with this fake. */
    public synchronized Slack slack() {
        if (slack == null) {
            slack = Slack.getInstance(slackConfig());
        }
        return slack;
    }

    /**
     * A response_url to put into payloads; posts to it are recorded as {@value #RESPONSE_URL}
     * calls.
     */
    public String responseUrl(String id) {
        return baseUrl() + "/response/" + id;
    }

    /** What apps.connections.open returns, e.g. {@link FakeSocketModeServer#url()}. */
    public void socketModeUrl(String wsUrl) {
        this.socketModeUrl = wsUrl;
    }

    /**
     * Replaces the answer to {@code method}, e.g. {@code c ->
     * FakeSlackApi.error("channel_not_found")}.
     */
    public void answer(String method, Function<Call, ObjectNode> answer) {
        answers.put(method, answer);
    }

    /**
     * The next call of {@code method} gets HTTP 429 with Retry-After; later calls are answered
     * normally.
     */
    public void rateLimitOnce(String method, int retryAfterSeconds) {
        rateLimitOnce.put(method, retryAfterSeconds);
    }

    public static ObjectNode ok() {
        return JSON.createObjectNode().put("ok", true);
    }

    public static ObjectNode error(String error) {
        return JSON.createObjectNode().put("ok", false).put("error", error);
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public synchronized void clearCalls() {
        calls.clear();
    }

    /**
     * Waits until at least {@code n} calls of {@code method} were recorded and returns them all.
     */
    public synchronized List<Call> awaitCalls(String method, int n, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> matching = calls(method);
            if (matching.size() >= n) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(
                        "expected "
                                + n
                                + " call(s) of "
                                + method
                                + " within "
                                + timeout
                                + " but got "
                                + matching.size()
                                + "; all calls: "
                                + calls.stream().map(Call::method).toList());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private synchronized void record(Call call) {
        calls.add(call);
        notifyAll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = 200;
            ObjectNode body;
            try {
                String path = exchange.getRequestURI().getPath();
                String method =
                        path.startsWith("/response/")
                                ? RESPONSE_URL
                                : path.substring(path.lastIndexOf('/') + 1);
                Integer retryAfter = rateLimitOnce.remove(method);
                status = retryAfter == null ? 200 : 429;
                Call call = parseCall(exchange, method, status);
                record(call);
                if (retryAfter != null) {
                    exchange.getResponseHeaders().add("Retry-After", retryAfter.toString());
                    body = error("ratelimited");
                } else {
                    body = answers.getOrDefault(call.method(), this::defaultAnswer).apply(call);
                }
            } catch (RuntimeException | IOException e) {
                // otherwise the SDK only sees a dropped connection
                status = 500;
                body = error("fake_slack_api_failed: " + e);
            }
            byte[] bytes = body.toString().getBytes(UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static Call parseCall(HttpExchange exchange, String method, int status)
            throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(exchange.getRequestHeaders());
        JsonNode params =
                parseBody(
                        new String(exchange.getRequestBody().readAllBytes(), UTF_8),
                        exchange.getRequestHeaders().getFirst("Content-Type"));
        return new Call(
                method,
                exchange.getRequestURI().getPath(),
                params,
                Collections.unmodifiableMap(headers),
                status);
    }

    private static JsonNode parseBody(String body, String contentType) throws IOException {
        if (contentType != null && contentType.startsWith("application/json")) {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        }
        ObjectNode form = JSON.createObjectNode();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                form.put(URLDecoder.decode(key, UTF_8), URLDecoder.decode(value, UTF_8));
            }
        }
        return form;
    }

    private ObjectNode defaultAnswer(Call call) {
        String channel = call.param("channel");
        ObjectNode answer = ok();
        switch (call.method()) {
            case "auth.test" ->
                    answer.put("url", "https://fake.slack.com/")
                            .put("team", "Fake Team")
                            .put("user", "tpm-bot")
                            .put("team_id", SlackPayloads.TEAM_ID)
                            .put("user_id", SlackPayloads.BOT_USER_ID)
                            .put("bot_id", SlackPayloads.BOT_ID)
                            .put("is_enterprise_install", false);
            case "chat.postMessage" -> {
                String ts = SlackPayloads.nextTs();
                answer.put("channel", channel).put("ts", ts);
                answer.putObject("message")
                        .put("type", "message")
                        .put("text", call.param("text"))
                        .put("user", SlackPayloads.BOT_USER_ID)
                        .put("bot_id", SlackPayloads.BOT_ID)
                        .put("ts", ts);
            }
            case "chat.postEphemeral" -> answer.put("message_ts", SlackPayloads.nextTs());
            case "chat.update" ->
                    answer.put("channel", channel)
                            .put("ts", call.param("ts"))
                            .put("text", call.param("text"));
            case "views.publish" ->
                    answer.putObject("view")
                            .put("id", "V0HOME")
                            .put("type", "home")
                            .put("team_id", SlackPayloads.TEAM_ID);
            case "conversations.info" -> {
                boolean im = channel != null && channel.startsWith("D");
                answer.putObject("channel")
                        .put("id", channel)
                        .put("name", im ? null : "general")
                        .put("is_channel", !im)
                        .put("is_im", im)
                        .put("is_member", true);
            }
            case "users.info" -> {
                String user = call.param("user");
                ObjectNode u =
                        answer.putObject("user")
                                .put("id", user)
                                .put("team_id", SlackPayloads.TEAM_ID)
                                .put("name", "user-" + user)
                                .put("real_name", "User " + user)
                                .put("is_bot", false)
                                .put("tz", "Europe/London");
                u.putObject("profile")
                        .put("display_name", "user-" + user)
                        .put("real_name", "User " + user);
            }
            case "bots.info" ->
                    answer.putObject("bot")
                            .put("id", call.param("bot"))
                            .put("user_id", SlackPayloads.BOT_USER_ID)
                            .put("app_id", SlackPayloads.APP_ID)
                            .put("name", "tpm-bot");
            case "apps.connections.open" -> {
                if (socketModeUrl == null) {
                    return error("socket_mode_not_configured");
                }
                answer.put("url", socketModeUrl);
            }
            case "assistant.threads.setStatus",
                    "assistant.threads.setTitle",
                    "assistant.threads.setSuggestedPrompts" -> {}
            case RESPONSE_URL -> {}
            default -> {
                return error("unknown_method");
            }
        }
        return answer;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (slack != null) {
                try {
                    slack.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * One recorded request. {@code params} holds the form fields (as strings) or the JSON body;
     * fields Slack sends as JSON strings (blocks, attachments) can be read with {@link #jsonParam}.
     */
    public record Call(
            String method,
            String path,
            JsonNode params,
            Map<String, List<String>> headers,
            int status) {

        public String param(String name) {
            JsonNode value = params.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            return value.isValueNode() ? value.asText() : value.toString();
        }

        public JsonNode jsonParam(String name) {
            JsonNode value = params.get(name);
            try {
                return value != null && value.isTextual() ? JSON.readTree(value.asText()) : value;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** The token from "Authorization: Bearer ..." or, failing that, the token parameter. */
        public String token() {
            String auth = header("Authorization");
            return auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : param("token");
        }
    }
}
