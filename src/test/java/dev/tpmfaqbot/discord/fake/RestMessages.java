package dev.tpmfaqbot.discord.fake;

import static dev.tpmfaqbot.discord.fake.DiscordJson.id;
import static dev.tpmfaqbot.discord.fake.Json.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages the fake REST server creates from request bodies: channel messages, interaction
 * responses and their webhook follow-ups. Interaction messages are kept (by token and message id,
 * "@original" for the response) so they can be edited and fetched.
 */
final class RestMessages {
    private static final int EPHEMERAL = 64;
    private static final int LOADING = 128;

    private final DiscordWorld world;
    private final Map<String, Map<String, Object>> byTokenAndId = new ConcurrentHashMap<>();

    RestMessages(DiscordWorld world) {
        this.world = world;
    }

    /** The message Discord would create from a JSON body (content, embeds, components, flags). */
    Map<String, Object> create(JsonNode body, long channelId, long guildId) {
        Map<String, Object> message =
                DiscordJson.message(
                        Snowflakes.next(),
                        channelId,
                        guildId,
                        world.bot(),
                        body.path("content").asText(""));
        message.put("embeds", richEmbeds(body.path("embeds")));
        message.put("components", body.has("components") ? body.get("components") : List.of());
        message.put("flags", body.path("flags").asInt(0));
        return message;
    }

    /** The answer to {@code POST interactions/{id}/{token}/callback?with_response=true}. */
    Map<String, Object> callback(JsonNode body, String interactionId, String token) {
        int type = body.path("type").asInt();
        Map<String, Object> resource = obj("type", type);
        Map<String, Object> interaction = obj("id", interactionId);
        if (type == 4 || type == 5 || type == 7) { // a message, a "thinking…" one, or an edited one
            Map<String, Object> message = forInteraction(body.path("data"), token);
            int flags = (int) message.get("flags") | (type == 5 ? LOADING : 0);
            message.put("flags", flags);
            byTokenAndId.put(token + "/@original", message);
            resource.put("message", message);
            interaction.put("response_message_id", message.get("id"));
            interaction.put("response_message_loading", type == 5);
            interaction.put("response_message_ephemeral", (flags & EPHEMERAL) != 0);
        }
        return obj("interaction", interaction, "resource", resource);
    }

    Map<String, Object> followUp(JsonNode body, String token) {
        Map<String, Object> message = forInteraction(body, token);
        byTokenAndId.put(token + "/" + message.get("id"), message);
        return message;
    }

    Map<String, Object> edit(JsonNode body, String token, String messageId) {
        Map<String, Object> message =
                byTokenAndId.computeIfAbsent(
                        token + "/" + messageId,
                        k -> forInteraction(Json.MAPPER.createObjectNode(), token));
        int flags = body.path("flags").asInt((int) message.get("flags")) & ~LOADING;
        body.fields().forEachRemaining(field -> message.put(field.getKey(), field.getValue()));
        if (body.has("embeds")) {
            message.put("embeds", richEmbeds(body.get("embeds")));
        }
        message.put("flags", flags);
        message.put("edited_timestamp", DiscordJson.now());
        return message;
    }

    Optional<Map<String, Object>> find(String token, String messageId) {
        return Optional.ofNullable(byTokenAndId.get(token + "/" + messageId));
    }

    private Map<String, Object> forInteraction(JsonNode body, String token) {
        Map<String, Object> message =
                create(body, FakeInteraction.channelIdOf(token), FakeInteraction.guildIdOf(token));
        message.put("webhook_id", id(world.applicationId()));
        message.put("application_id", id(world.applicationId()));
        return message;
    }

    // Discord always answers with an embed type; JDA refuses an embed without one
    private static JsonNode richEmbeds(JsonNode embeds) {
        JsonNode copy = embeds.isArray() ? embeds.deepCopy() : Json.MAPPER.createArrayNode();
        copy.forEach(
                embed -> {
                    if (!embed.has("type")) {
                        ((ObjectNode) embed).put("type", "rich");
                    }
                });
        return copy;
    }
}
