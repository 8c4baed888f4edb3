package dev.tpmfaqbot.discord.fake;

import static dev.tpmfaqbot.discord.fake.Json.obj;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.java_websocket.WebSocket;

/**
 * One identified gateway session: its shard, intents and sequence numbers, and its current
 * connection.
 */
final class GatewaySession {
    private static final int GUILD_MEMBERS = 1 << 1;
    private static final int GUILD_MESSAGES = 1 << 9;
    private static final int DIRECT_MESSAGES = 1 << 12;
    private static final int MESSAGE_CONTENT = 1 << 15;

    final String id = UUID.randomUUID().toString().replace("-", "");
    final int shard;
    final int shardCount;
    private final int intents;
    private int sequence;
    private WebSocket conn;

    GatewaySession(int shard, int shardCount, int intents) {
        this.shard = shard;
        this.shardCount = shardCount;
        this.intents = intents;
    }

    /**
     * Discord sends a guild's events to shard {@code (guild_id >> 22) % count}, and DMs to shard 0.
     */
    boolean serves(long guildId) {
        return guildId == 0 ? shard == 0 : Snowflakes.shardOf(guildId, shardCount) == shard;
    }

    synchronized void attach(WebSocket connection) {
        conn = connection;
        connection.setAttachment(this);
    }

    synchronized void detach(WebSocket connection) {
        if (conn == connection) {
            conn = null;
        }
    }

    synchronized boolean connected() {
        return conn != null && conn.isOpen();
    }

    synchronized int sequence() {
        return sequence;
    }

    synchronized boolean send(String type, Object data) {
        if (!connected()) {
            return false; // lost while disconnected: RESUME replays nothing
        }
        conn.send(Json.write(obj("op", 0, "t", type, "s", ++sequence, "d", data)));
        return true;
    }

    /**
     * The event as this session may see it, or null when its intents do not ask for it. Without
     * MESSAGE_CONTENT a guild message arrives with empty content, unless it mentions the bot or the
     * bot wrote it.
     */
    Map<String, Object> visible(String type, Map<String, Object> data, String botId) {
        switch (type) {
            case "GUILD_MEMBER_ADD":
                return has(GUILD_MEMBERS) ? data : null;
            case "MESSAGE_CREATE":
                boolean inGuild = data.containsKey("guild_id");
                if (!has(inGuild ? GUILD_MESSAGES : DIRECT_MESSAGES)) {
                    return null;
                }
                boolean byBot =
                        botId.equals(((Map<?, ?>) data.getOrDefault("author", Map.of())).get("id"));
                boolean mentionsBot =
                        ((List<?>) data.getOrDefault("mentions", List.of()))
                                .stream().anyMatch(m -> botId.equals(((Map<?, ?>) m).get("id")));
                if (inGuild && !has(MESSAGE_CONTENT) && !mentionsBot && !byBot) {
                    Map<String, Object> blanked = obj();
                    blanked.putAll(data);
                    blanked.put("content", "");
                    return blanked;
                }
                return data;
            default:
                return data;
        }
    }

    private boolean has(int intent) {
        return (intents & intent) != 0;
    }
}
