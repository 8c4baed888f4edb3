package dev.tpmfaqbot.discord.fake;

import static dev.tpmfaqbot.discord.fake.DiscordJson.id;
import static dev.tpmfaqbot.discord.fake.Json.obj;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** INTERACTION_CREATE payloads: slash commands, autocomplete, button clicks. */
public final class InteractionJson {
    public static final int APPLICATION_COMMAND = 2;
    public static final int MESSAGE_COMPONENT = 3;
    public static final int APPLICATION_COMMAND_AUTOCOMPLETE = 4;

    private InteractionJson() {}

    /**
     * The envelope every interaction shares. {@code guild} null means a DM with the bot; then
     * {@code channelId} is ignored and the user's DM channel is used.
     */
    public static Map<String, Object> base(
            DiscordWorld world,
            FakeInteraction interaction,
            int type,
            FakeGuild guild,
            long channelId,
            FakeUser user) {
        Map<String, Object> json =
                obj(
                        "id",
                        id(interaction.id()),
                        "application_id",
                        id(world.applicationId()),
                        "type",
                        type,
                        "token",
                        interaction.token(),
                        "version",
                        1,
                        "locale",
                        "en-US",
                        "app_permissions",
                        DiscordJson.PERMISSIONS,
                        "entitlements",
                        List.of(),
                        "attachment_size_limit",
                        10485760);
        if (guild != null) {
            FakeChannel channel =
                    guild.channels().stream()
                            .filter(c -> c.id() == channelId)
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "no channel "
                                                            + channelId
                                                            + " in "
                                                            + guild.name()));
            Map<String, Object> member = DiscordJson.member(user, true);
            member.put("permissions", DiscordJson.PERMISSIONS);
            json.put("guild_id", id(guild.id()));
            json.put("guild", obj("id", id(guild.id()), "locale", "en-US", "features", List.of()));
            json.put("guild_locale", "en-US");
            json.put("member", member);
            json.put("channel_id", id(channel.id()));
            json.put("channel", DiscordJson.textChannel(guild, channel));
            json.put("context", 0);
            json.put("authorizing_integration_owners", obj("0", id(guild.id())));
        } else {
            json.put("user", DiscordJson.user(user));
            json.put("channel_id", id(user.dmChannelId()));
            json.put("channel", DiscordJson.dmChannel(user));
            json.put("context", 1);
            json.put("authorizing_integration_owners", obj("0", "0"));
        }
        return json;
    }

    /**
     * Data of a slash command. {@code command} may name a subcommand ("tpm ask") or a group and
     * subcommand ("tpm faq ask"); option types follow the Java values (String, Long/Integer,
     * Boolean, Double).
     */
    public static Map<String, Object> slashCommandData(String command, Map<String, ?> options) {
        List<String> path = Arrays.asList(command.trim().split("\\s+"));
        List<Object> nested = options(options);
        for (int i = path.size() - 1; i >= 1; i--) {
            int type = i == path.size() - 1 ? 1 : 2; // SUB_COMMAND, then SUB_COMMAND_GROUP
            nested = List.of(obj("name", path.get(i), "type", type, "options", nested));
        }
        return obj("id", id(Snowflakes.next()), "name", path.get(0), "type", 1, "options", nested);
    }

    /** Data of an autocomplete request: the focused option holds what the user has typed so far. */
    public static Map<String, Object> autocompleteData(
            String command, String option, String typed) {
        Map<String, Object> data = slashCommandData(command, Map.of(option, typed));
        focusLeaf(data);
        return data;
    }

    /**
     * Data of a message command (type 3): the target message travels in {@code resolved.messages}.
     */
    public static Map<String, Object> messageCommandData(
            String name, long channelId, long guildId, FakeUser author, String content) {
        long messageId = Snowflakes.next();
        Map<String, Object> message =
                DiscordJson.message(messageId, channelId, guildId, author, content);
        return obj(
                "id",
                id(Snowflakes.next()),
                "name",
                name,
                "type",
                3,
                "target_id",
                id(messageId),
                "resolved",
                obj("messages", obj(id(messageId), message)));
    }

    public static Map<String, Object> buttonData(String customId) {
        return obj("custom_id", customId, "component_type", 2);
    }

    /** The bot's message that carries the clicked button, as Discord sends it with the click. */
    public static Map<String, Object> buttonMessage(
            DiscordWorld world, long messageId, long channelId, long guildId, String customId) {
        Map<String, Object> message =
                DiscordJson.message(messageId, channelId, guildId, world.bot(), "");
        Map<String, Object> button =
                obj("type", 2, "id", 2, "style", 1, "label", customId, "custom_id", customId);
        message.put("components", List.of(obj("type", 1, "id", 1, "components", List.of(button))));
        message.put("application_id", id(world.applicationId()));
        return message;
    }

    private static List<Object> options(Map<String, ?> options) {
        List<Object> list = new ArrayList<>();
        options.forEach(
                (name, value) ->
                        list.add(obj("name", name, "type", optionType(value), "value", value)));
        return list;
    }

    @SuppressWarnings("unchecked")
    private static void focusLeaf(Map<String, Object> node) {
        List<Object> options = (List<Object>) node.get("options");
        Map<String, Object> first = (Map<String, Object>) options.get(0);
        int type = (int) first.get("type");
        if (type == 1 || type == 2) {
            focusLeaf(first);
        } else {
            first.put("focused", true);
        }
    }

    private static int optionType(Object value) {
        if (value instanceof String) {
            return 3;
        } else if (value instanceof Integer || value instanceof Long) {
            return 4;
        } else if (value instanceof Boolean) {
            return 5;
        } else if (value instanceof Double || value instanceof Float) {
            return 10;
        }
        throw new IllegalArgumentException("unsupported option value " + value);
    }
}
