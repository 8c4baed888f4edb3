package dev.tpmfaqbot.discord.fake;

import static dev.tpmfaqbot.discord.fake.DiscordJson.id;
import static dev.tpmfaqbot.discord.fake.Json.obj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tpmfaqbot.Eventually;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Discord gateway (v10, JSON, uncompressed text frames) on 127.0.0.1. Each IDENTIFY opens a
 * session for shard [i, n], answered with READY and a GUILD_CREATE per guild on that shard; RESUME
 * re-attaches the session and replays nothing. Events go to the sessions of the shard that owns the
 * guild (DMs to shard 0), and only to sessions whose intents ask for them, the way Discord does it
 * (message content is blanked without the MESSAGE_CONTENT intent).
 */
public final class FakeDiscordGateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FakeDiscordGateway.class);
    private static final int HEARTBEAT_INTERVAL_MS = 41250;

    private final DiscordWorld world;
    private final Server server = new Server();
    private final List<GatewaySession> sessions = new CopyOnWriteArrayList<>();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<String> undelivered = new CopyOnWriteArrayList<>();

    private FakeDiscordGateway(DiscordWorld world) {
        this.world = world;
    }

    public static FakeDiscordGateway start(DiscordWorld world) {
        FakeDiscordGateway gateway = new FakeDiscordGateway(world);
        gateway.server.start();
        try {
            if (!gateway.server.started.await(10, TimeUnit.SECONDS)
                    || gateway.server.failure != null) {
                throw new IllegalStateException(
                        "fake gateway did not start", gateway.server.failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return gateway;
    }

    public String url() {
        return "ws://127.0.0.1:" + server.getPort() + "/";
    }

    // ---- what clients sent

    /** Every payload clients sent, heartbeats included, in arrival order. */
    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    /** The {@code d} of every IDENTIFY: token, intents, shard [id, count], properties, presence. */
    public List<JsonNode> identifies() {
        return payloadsWithOp(2);
    }

    /** The {@code d} of every RESUME: token, session_id, seq. */
    public List<JsonNode> resumes() {
        return payloadsWithOp(6);
    }

    public List<JsonNode> awaitIdentifies(int count) {
        return Eventually.value(
                Eventually.DEFAULT,
                () -> count + " IDENTIFY, got " + identifies(),
                () -> atLeast(identifies(), count));
    }

    public List<JsonNode> awaitResumes(int count) {
        return Eventually.value(
                Eventually.DEFAULT,
                () -> count + " RESUME, got " + resumes(),
                () -> atLeast(resumes(), count));
    }

    /** Events not sent to anyone: no session of that shard, or its intents did not ask for them. */
    public List<String> undelivered() {
        return List.copyOf(undelivered);
    }

    /** Sessions that currently have a live connection. */
    public int connectedSessions() {
        return (int) sessions.stream().filter(GatewaySession::connected).count();
    }

    /** The last sequence number sent in a session (as named by READY's session_id). */
    public int lastSequence(String sessionId) {
        return session(sessionId).sequence();
    }

    /** Closes every connection with 4000 (a resumable close), keeping the sessions for RESUME. */
    public void dropConnections() {
        server.getConnections().forEach(c -> c.close(4000, "fake gateway dropped the connection"));
    }

    // ---- events

    /** Sends a dispatch to the sessions serving {@code guildId} (0: a DM, served by shard 0). */
    public int dispatch(String type, Map<String, Object> data, long guildId) {
        int delivered = 0;
        for (GatewaySession session : sessions) {
            Map<String, Object> visible =
                    session.serves(guildId)
                            ? session.visible(type, data, id(world.bot().id()))
                            : null;
            if (visible != null && session.send(type, visible)) {
                delivered++;
            }
        }
        if (delivered == 0) {
            undelivered.add(type);
        }
        return delivered;
    }

    /**
     * A slash command in the guild's default channel, or in a DM with the bot when guild is null.
     */
    public FakeInteraction sendSlashCommand(
            FakeGuild guild, FakeUser user, String command, Map<String, ?> options) {
        return interact(
                guild,
                null,
                user,
                InteractionJson.APPLICATION_COMMAND,
                InteractionJson.slashCommandData(command, options),
                null);
    }

    public FakeInteraction sendSlashCommand(
            FakeGuild guild,
            FakeChannel channel,
            FakeUser user,
            String command,
            Map<String, ?> options) {
        return interact(
                guild,
                channel,
                user,
                InteractionJson.APPLICATION_COMMAND,
                InteractionJson.slashCommandData(command, options),
                null);
    }

    /** An autocomplete request (type 4) while the user types {@code typed} into {@code option}. */
    public FakeInteraction sendAutocomplete(
            FakeGuild guild, FakeUser user, String command, String option, String typed) {
        return interact(
                guild,
                null,
                user,
                InteractionJson.APPLICATION_COMMAND_AUTOCOMPLETE,
                InteractionJson.autocompleteData(command, option, typed),
                null);
    }

    /** A click (type 3) on a button of the bot's message {@code messageId}. */
    public FakeInteraction sendButtonClick(
            FakeGuild guild, FakeUser user, String customId, long messageId) {
        return interact(
                guild,
                null,
                user,
                InteractionJson.MESSAGE_COMPONENT,
                InteractionJson.buttonData(customId),
                (channelId, guildId) ->
                        InteractionJson.buttonMessage(
                                world, messageId, channelId, guildId, customId));
    }

    /**
     * A message command (type 3) on a message {@code author} wrote saying {@code content}, in the
     * guild's default channel, or in the user's DM with the bot when guild is null.
     */
    public FakeInteraction sendMessageCommand(
            FakeGuild guild, FakeUser user, String name, FakeUser author, String content) {
        return interact(
                guild,
                null,
                user,
                InteractionJson.APPLICATION_COMMAND,
                null,
                null,
                (json, channelId, guildId) ->
                        json.put(
                                "data",
                                InteractionJson.messageCommandData(
                                        name, channelId, guildId, author, content)));
    }

    /**
     * A message command by a user who installed the app to their account, in a guild the bot is not
     * in: Discord sends the guild as a partial object and the bot has no member there.
     */
    public FakeInteraction sendUserInstalledMessageCommand(
            FakeGuild notJoined, FakeUser user, String name, FakeUser author, String content) {
        return interact(
                notJoined,
                null,
                user,
                InteractionJson.APPLICATION_COMMAND,
                null,
                null,
                (json, channelId, guildId) -> {
                    json.put(
                            "data",
                            InteractionJson.messageCommandData(
                                    name, channelId, guildId, author, content));
                    json.put("authorizing_integration_owners", obj("1", id(user.id())));
                    // the invoking user's permissions there: JDA reads them for a guild it does not
                    // know
                    @SuppressWarnings("unchecked")
                    Map<String, Object> channel = (Map<String, Object>) json.get("channel");
                    channel.put("permissions", DiscordJson.PERMISSIONS);
                });
    }

    /**
     * A slash command by a user who installed the app to their account, in their DM with {@code
     * other} (context 2, "private channel"): no guild, no member, a channel the bot is not in.
     */
    public FakeInteraction sendUserInstalledSlashCommand(
            FakeUser user, FakeUser other, String command, Map<String, ?> options) {
        world.remember(user);
        long channelId = Snowflakes.next();
        FakeInteraction interaction = FakeInteraction.create(channelId, 0);
        Map<String, Object> json =
                InteractionJson.base(
                        world, interaction, InteractionJson.APPLICATION_COMMAND, null, 0, user);
        json.put("channel_id", id(channelId));
        json.put(
                "channel",
                obj(
                        "id",
                        id(channelId),
                        "type",
                        1,
                        "last_message_id",
                        null,
                        "flags",
                        0,
                        "recipients",
                        List.of(DiscordJson.user(other))));
        json.put("context", 2);
        json.put("authorizing_integration_owners", obj("1", id(user.id())));
        json.put("data", InteractionJson.slashCommandData(command, options));
        dispatch("INTERACTION_CREATE", json, 0);
        return interaction;
    }

    /** A guild message; mentions of the bot or of members in the content are filled in. */
    public long sendGuildMessage(
            FakeGuild guild, FakeChannel channel, FakeUser author, String content) {
        long id = Snowflakes.next();
        Map<String, Object> message =
                DiscordJson.message(id, channel.id(), guild.id(), author, content);
        message.put("member", DiscordJson.member(author, false));
        message.put("mentions", mentionsIn(content, guild));
        dispatch("MESSAGE_CREATE", message, guild.id());
        return id;
    }

    /** A message in the guild's default channel that starts by mentioning the bot. */
    public long sendMention(FakeGuild guild, FakeUser author, String text) {
        return sendGuildMessage(
                guild, guild.defaultChannel(), author, world.bot().mention() + " " + text);
    }

    public long sendDirectMessage(FakeUser author, String content) {
        world.remember(author);
        long id = Snowflakes.next();
        Map<String, Object> message =
                DiscordJson.message(id, author.dmChannelId(), 0, author, content);
        message.put("channel_type", 1);
        dispatch("MESSAGE_CREATE", message, 0);
        return id;
    }

    public void sendMemberJoin(FakeGuild guild, FakeUser user) {
        world.remember(user);
        Map<String, Object> member = DiscordJson.member(user, true);
        member.put("guild_id", id(guild.id()));
        member.put("joined_at", DiscordJson.now());
        dispatch("GUILD_MEMBER_ADD", member, guild.id());
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- internals

    private interface MessageFactory {
        Map<String, Object> create(long channelId, long guildId);
    }

    private interface Extra {
        void add(Map<String, Object> json, long channelId, long guildId);
    }

    private FakeInteraction interact(
            FakeGuild guild,
            FakeChannel channel,
            FakeUser user,
            int type,
            Map<String, Object> data,
            MessageFactory message) {
        return interact(
                guild, channel, user, type, data, message, (json, channelId, guildId) -> {});
    }

    private FakeInteraction interact(
            FakeGuild guild,
            FakeChannel channel,
            FakeUser user,
            int type,
            Map<String, Object> data,
            MessageFactory message,
            Extra extra) {
        world.remember(user);
        long channelId =
                guild == null
                        ? user.dmChannelId()
                        : (channel == null ? guild.defaultChannel() : channel).id();
        long guildId = guild == null ? 0 : guild.id();
        FakeInteraction interaction = FakeInteraction.create(channelId, guildId);
        Map<String, Object> json =
                InteractionJson.base(world, interaction, type, guild, channelId, user);
        json.put("data", data);
        if (message != null) {
            json.put("message", message.create(channelId, guildId));
        }
        extra.add(json, channelId, guildId);
        dispatch("INTERACTION_CREATE", json, guildId);
        return interaction;
    }

    private List<Object> mentionsIn(String content, FakeGuild guild) {
        List<Object> mentions = new ArrayList<>();
        Stream.concat(Stream.of(world.bot()), guild.members().stream())
                .filter(
                        u ->
                                content.contains(u.mention())
                                        || content.contains("<@!" + id(u.id()) + ">"))
                .forEach(
                        u -> {
                            Map<String, Object> user = DiscordJson.user(u);
                            user.put("member", DiscordJson.member(u, false));
                            mentions.add(user);
                        });
        return mentions;
    }

    private void onPayload(WebSocket conn, JsonNode payload) {
        received.add(payload);
        JsonNode d = payload.path("d");
        switch (payload.path("op").asInt(-1)) {
            case 1 -> conn.send(Json.write(obj("op", 11)));
            case 2 -> identify(conn, d);
            case 6 -> resume(conn, d);
            default -> {} // presence updates, member requests: recorded only
        }
    }

    private void identify(WebSocket conn, JsonNode d) {
        if (!world.token().equals(d.path("token").asText())) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        int shard = d.has("shard") ? d.path("shard").path(0).asInt() : 0;
        int shardCount = d.has("shard") ? d.path("shard").path(1).asInt() : 1;
        if (shardCount < 1 || shard < 0 || shard >= shardCount) {
            conn.close(4010, "Invalid shard.");
            return;
        }
        GatewaySession session = new GatewaySession(shard, shardCount, d.path("intents").asInt());
        List<FakeGuild> guilds =
                world.guilds().stream().filter(g -> session.serves(g.id())).toList();
        synchronized (session) { // READY and the GUILD_CREATEs go out before any other event
            session.attach(conn);
            sessions.add(session);
            session.send(
                    "READY",
                    obj(
                            "v", 10,
                            "user", DiscordJson.selfUser(world.bot()),
                            "guilds",
                                    guilds.stream()
                                            .map(g -> obj("id", id(g.id()), "unavailable", true))
                                            .toList(),
                            "private_channels", List.of(),
                            "relationships", List.of(),
                            "presences", List.of(),
                            "session_id", session.id,
                            "session_type", "normal",
                            // JDA reconnects to this when it resumes; keep it on loopback
                            "resume_gateway_url", url(),
                            "shard", List.of(shard, shardCount),
                            "application", obj("id", id(world.applicationId()), "flags", 0),
                            "_trace", List.of("fake-discord-gateway")));
            guilds.forEach(g -> session.send("GUILD_CREATE", DiscordJson.guildCreate(world, g)));
        }
    }

    private void resume(WebSocket conn, JsonNode d) {
        GatewaySession session =
                sessions.stream()
                        .filter(s -> s.id.equals(d.path("session_id").asText()))
                        .findFirst()
                        .orElse(null);
        if (session == null || !world.token().equals(d.path("token").asText())) {
            conn.send(Json.write(obj("op", 9, "d", false))); // invalid session: identify again
            return;
        }
        synchronized (session) {
            session.attach(conn);
            session.send("RESUMED", obj("_trace", List.of("fake-discord-gateway")));
        }
    }

    private void onClose(WebSocket conn, int code, boolean byClient) {
        if (conn.getAttachment() instanceof GatewaySession session) {
            session.detach(conn);
            if (byClient && (code == 1000 || code == 1001)) {
                sessions.remove(session); // Discord ends a session that the client closes normally
            }
        }
    }

    private GatewaySession session(String sessionId) {
        return sessions.stream()
                .filter(s -> s.id.equals(sessionId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no session " + sessionId));
    }

    private List<JsonNode> payloadsWithOp(int op) {
        return received.stream()
                .filter(p -> p.path("op").asInt() == op)
                .map(p -> p.path("d"))
                .toList();
    }

    private static <T> List<T> atLeast(List<T> list, int count) {
        return list.size() >= count ? list : null;
    }

    private final class Server extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        volatile Exception failure;

        Server() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
            setDaemon(true);
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send(
                    Json.write(
                            obj("op", 10, "d", obj("heartbeat_interval", HEARTBEAT_INTERVAL_MS))));
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            onPayload(conn, Json.parse(message));
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            FakeDiscordGateway.this.onClose(conn, code, remote);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            if (conn == null) {
                failure = ex;
                started.countDown(); // a failed bind never calls onStart
            } else {
                LOG.warn("fake gateway failed on a connection", ex);
            }
        }
    }
}
