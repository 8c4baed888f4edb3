package dev.tpmfaqbot.discord.fake;

import static dev.tpmfaqbot.discord.fake.DiscordJson.id;
import static dev.tpmfaqbot.discord.fake.Json.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tpmfaqbot.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's REST API v10 on 127.0.0.1, for the calls a bot makes: who am I, the gateway, command
 * registration, interaction responses and their webhooks, channel messages, DMs. Every request is
 * recorded. Unknown routes answer 404 (and are recorded too), so a test sees what JDA asked for.
 */
public final class FakeDiscordRest implements AutoCloseable {
    private static final String PREFIX = "/api/v10/";
    private static final String ID = "(\\d+)";

    /** A response: {@code body} null means 204 No Content. */
    private record Reply(int status, Object body) {}

    private record Route(
            String method, Pattern path, BiFunction<RecordedRequest, Matcher, Reply> handler) {}

    private final DiscordWorld world;
    private final HttpServer server;
    private final ExecutorService executor =
            Executors.newCachedThreadPool(
                    r -> {
                        Thread thread = new Thread(r, "fake-discord-rest");
                        thread.setDaemon(true);
                        return thread;
                    });
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Route> stubs = new CopyOnWriteArrayList<>();
    private final List<Consumer<RecordedRequest>> watchers = new CopyOnWriteArrayList<>();
    private final List<Route> routes = new ArrayList<>();
    private final RestMessages messages;
    private final Map<Long, List<Object>> commands = new ConcurrentHashMap<>();
    private volatile String gatewayUrl = "ws://127.0.0.1:1/";
    private volatile int shards = 1;
    // real small bots get 1, which makes JDA's shard manager wait 5 s between shards
    private volatile int maxConcurrency = 16;

    private FakeDiscordRest(DiscordWorld world) throws IOException {
        this.world = world;
        this.messages = new RestMessages(world);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PREFIX, this::handle);
        server.setExecutor(executor);
        defineRoutes();
    }

    public static FakeDiscordRest start(DiscordWorld world) {
        try {
            FakeDiscordRest rest = new FakeDiscordRest(world);
            rest.server.start();
            return rest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For {@code new RestConfig().setBaseUrl(...)}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    /** What {@code GET gateway/bot} answers. */
    public void gatewayBot(String url, int recommendedShards, int maxConcurrency) {
        this.gatewayUrl = url;
        this.shards = recommendedShards;
        this.maxConcurrency = maxConcurrency;
    }

    /** Answers {@code method pathRegex} with the given reply, ahead of the built-in routes. */
    public void stub(String method, String pathRegex, int status, Object body) {
        stubs.add(
                0,
                new Route(method, Pattern.compile(pathRegex), (r, m) -> new Reply(status, body)));
    }

    /**
     * Calls {@code watcher} with every request as it arrives (on the server's thread), for timing.
     */
    public void watch(Consumer<RecordedRequest> watcher) {
        watchers.add(watcher);
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<RecordedRequest> requests(String method, String pathRegex) {
        return requests.stream().filter(r -> r.matches(method, pathRegex)).toList();
    }

    public RecordedRequest awaitRequest(String method, String pathRegex) {
        return awaitRequests(method, pathRegex, 1).get(0);
    }

    public List<RecordedRequest> awaitRequests(String method, String pathRegex, int count) {
        return awaitRequests(method, pathRegex, count, Eventually.DEFAULT);
    }

    public List<RecordedRequest> awaitRequests(
            String method, String pathRegex, int count, Duration timeout) {
        return Eventually.value(
                timeout,
                () -> count + " x " + method + " " + pathRegex + "; got " + requests,
                () -> {
                    List<RecordedRequest> found = requests(method, pathRegex);
                    return found.size() >= count ? found : null;
                });
    }

    /** The initial response JDA posted for an interaction. */
    public RecordedRequest awaitCallback(FakeInteraction interaction) {
        return awaitRequest("POST", Pattern.quote(interaction.callbackPath()));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- routes

    private void defineRoutes() {
        route("GET", "users/@me", (r, m) -> ok(DiscordJson.selfUser(world.bot())));
        route("GET", "gateway", (r, m) -> ok(obj("url", gatewayUrl)));
        route(
                "GET",
                "gateway/bot",
                (r, m) ->
                        ok(
                                obj(
                                        "url",
                                        gatewayUrl,
                                        "shards",
                                        shards,
                                        "session_start_limit",
                                        obj(
                                                "total",
                                                1000,
                                                "remaining",
                                                1000,
                                                "reset_after",
                                                0,
                                                "max_concurrency",
                                                maxConcurrency))));
        route("PUT", "applications/" + ID + "/commands", (r, m) -> putCommands(r.body(), 0));
        route(
                "PUT",
                "applications/" + ID + "/guilds/" + ID + "/commands",
                (r, m) -> putCommands(r.body(), Long.parseUnsignedLong(m.group(2))));
        route("POST", "applications/" + ID + "/commands", (r, m) -> ok(addCommand(r.body(), 0)));
        route(
                "POST",
                "applications/" + ID + "/guilds/" + ID + "/commands",
                (r, m) -> ok(addCommand(r.body(), Long.parseUnsignedLong(m.group(2)))));
        route(
                "GET",
                "applications/" + ID + "/commands",
                (r, m) -> ok(commands.getOrDefault(0L, List.of())));
        route(
                "GET",
                "applications/" + ID + "/guilds/" + ID + "/commands",
                (r, m) -> ok(commands.getOrDefault(Long.parseUnsignedLong(m.group(2)), List.of())));
        route(
                "POST",
                "interactions/" + ID + "/([^/]+)/callback",
                (r, m) -> ok(messages.callback(r.body(), m.group(1), m.group(2))));
        route(
                "POST",
                "webhooks/" + ID + "/([^/]+)",
                (r, m) -> ok(messages.followUp(r.body(), m.group(2))));
        route(
                "PATCH",
                "webhooks/" + ID + "/([^/]+)/messages/(@original|\\d+)",
                (r, m) -> ok(messages.edit(r.body(), m.group(2), m.group(3))));
        route(
                "GET",
                "webhooks/" + ID + "/([^/]+)/messages/(@original|\\d+)",
                (r, m) ->
                        messages.find(m.group(2), m.group(3))
                                .map(FakeDiscordRest::ok)
                                .orElseGet(() -> error(404, 10008, "Unknown Message")));
        route(
                "DELETE",
                "webhooks/" + ID + "/([^/]+)/messages/(@original|\\d+)",
                (r, m) -> new Reply(204, null));
        route(
                "POST",
                "channels/" + ID + "/messages",
                (r, m) -> channelMessage(r.body(), Long.parseUnsignedLong(m.group(1))));
        route("GET", "channels/" + ID, (r, m) -> channel(Long.parseUnsignedLong(m.group(1))));
        route(
                "POST",
                "users/@me/channels",
                (r, m) ->
                        world.user(r.body().path("recipient_id").asLong())
                                .map(u -> ok(DiscordJson.dmChannel(u)))
                                .orElseGet(() -> error(400, 50033, "Invalid Recipient(s)")));
    }

    private void route(
            String method, String pathRegex, BiFunction<RecordedRequest, Matcher, Reply> handler) {
        routes.add(new Route(method, Pattern.compile(pathRegex), handler));
    }

    private Reply dispatch(RecordedRequest request) {
        boolean needsAuth =
                !request.path().startsWith("interactions/")
                        && !request.path().startsWith("webhooks/");
        for (List<Route> table : List.of(stubs, routes)) {
            for (Route route : table) {
                Matcher matcher = route.path().matcher(request.path());
                if (route.method().equals(request.method()) && matcher.matches()) {
                    if (table == routes
                            && needsAuth
                            && !("Bot " + world.token()).equals(request.authorization())) {
                        return error(401, 0, "401: Unauthorized");
                    }
                    return route.handler().apply(request, matcher);
                }
            }
        }
        return error(404, 0, "404: Not Found");
    }

    private Reply putCommands(JsonNode body, long guildId) {
        List<Object> saved = new ArrayList<>();
        body.forEach(command -> saved.add(withIds(command, guildId)));
        commands.put(guildId, saved);
        return ok(saved);
    }

    private Object addCommand(JsonNode body, long guildId) {
        JsonNode command = withIds(body, guildId);
        commands.compute(
                guildId,
                (k, list) -> {
                    List<Object> updated = new ArrayList<>(list == null ? List.of() : list);
                    updated.removeIf(c -> ((JsonNode) c).path("name").equals(command.path("name")));
                    updated.add(command);
                    return updated;
                });
        return command;
    }

    private JsonNode withIds(JsonNode command, long guildId) {
        ObjectNode saved = command.deepCopy();
        long commandId = Snowflakes.next();
        saved.put("id", id(commandId));
        saved.put("application_id", id(world.applicationId()));
        saved.put("version", id(commandId));
        if (!saved.has("type")) {
            saved.put("type", 1);
        }
        if (guildId != 0) {
            saved.put("guild_id", id(guildId));
        }
        return saved;
    }

    private Reply channelMessage(JsonNode body, long channelId) {
        long guildId = world.guildOfChannel(channelId).map(FakeGuild::id).orElse(0L);
        if (guildId == 0 && world.userWithDm(channelId).isEmpty()) {
            return error(404, 10003, "Unknown Channel");
        }
        return ok(messages.create(body, channelId, guildId));
    }

    private Reply channel(long channelId) {
        return world.guildOfChannel(channelId)
                .map(g -> ok(DiscordJson.textChannel(g, channelOf(g, channelId))))
                .or(() -> world.userWithDm(channelId).map(u -> ok(DiscordJson.dmChannel(u))))
                .orElseGet(() -> error(404, 10003, "Unknown Channel"));
    }

    private static FakeChannel channelOf(FakeGuild guild, long channelId) {
        return guild.channels().stream().filter(c -> c.id() == channelId).findFirst().orElseThrow();
    }

    private static Reply ok(Object body) {
        return new Reply(200, body);
    }

    private static Reply error(int status, int code, String message) {
        return new Reply(status, obj("message", message, "code", code));
    }

    // ---- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            RecordedRequest request =
                    new RecordedRequest(
                            exchange.getRequestMethod(),
                            exchange.getRequestURI().getPath().substring(PREFIX.length()),
                            exchange.getRequestURI().getRawQuery(),
                            exchange.getRequestHeaders().getFirst("Authorization"),
                            Json.parse(jsonPart(contentType, raw)));
            requests.add(request);
            watchers.forEach(w -> w.accept(request));
            Reply reply;
            try {
                reply = dispatch(request);
            } catch (RuntimeException e) {
                reply = error(500, 0, "fake REST server failed: " + e);
            }
            if (reply.body() == null) {
                exchange.sendResponseHeaders(reply.status(), -1);
                return;
            }
            byte[] out = Json.write(reply.body()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), out.length);
            exchange.getResponseBody().write(out);
        }
    }

    /** JSON bodies as they are; for multipart (file uploads), the part named payload_json. */
    private static byte[] jsonPart(String contentType, byte[] raw) {
        if (contentType == null || !contentType.startsWith("multipart/form-data")) {
            return raw;
        }
        String boundary =
                "--"
                        + contentType
                                .substring(contentType.indexOf("boundary=") + 9)
                                .replace("\"", "");
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        for (String part : text.split(Pattern.quote(boundary))) {
            int bodyStart = part.indexOf("\r\n\r\n");
            if (bodyStart > 0 && part.substring(0, bodyStart).contains("name=\"payload_json\"")) {
                return part.substring(bodyStart + 4, part.lastIndexOf("\r\n"))
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        return new byte[0];
    }
}
