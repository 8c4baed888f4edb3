package dev.tpmfaqbot.discord.fake;

import static dev.tpmfaqbot.discord.fake.Json.obj;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Discord API v10 entity payloads, complete enough for JDA 6 to parse. Every method returns a fresh
 * mutable map, so callers can add or override fields.
 */
public final class DiscordJson {
    /** Every permission but administrator: what the @everyone role and the bot get. */
    static final String PERMISSIONS = Long.toString(Long.MAX_VALUE >>> 14 & ~8L);

    private DiscordJson() {}

    public static String id(long id) {
        return Long.toUnsignedString(id);
    }

    public static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    public static Map<String, Object> user(FakeUser user) {
        return obj(
                "id",
                id(user.id()),
                "username",
                user.username(),
                "global_name",
                user.bot() ? null : user.username(),
                "discriminator",
                "0",
                "avatar",
                null,
                "bot",
                user.bot(),
                "public_flags",
                0);
    }

    /** The bot as {@code GET users/@me} and READY describe it. */
    public static Map<String, Object> selfUser(FakeUser bot) {
        Map<String, Object> self = user(bot);
        self.put("verified", true);
        self.put("mfa_enabled", false);
        self.put("flags", 0);
        return self;
    }

    /**
     * A guild member; {@code user} is left out where Discord puts it next to the member instead.
     */
    public static Map<String, Object> member(FakeUser user, boolean withUser) {
        Map<String, Object> member =
                obj(
                        "roles",
                        List.of(),
                        "nick",
                        null,
                        "avatar",
                        null,
                        "joined_at",
                        "2024-01-15T10:00:00.000000+00:00",
                        "premium_since",
                        null,
                        "communication_disabled_until",
                        null,
                        "deaf",
                        false,
                        "mute",
                        false,
                        "pending",
                        false,
                        "flags",
                        0);
        if (withUser) {
            member.put("user", user(user));
        }
        return member;
    }

    public static Map<String, Object> everyoneRole(FakeGuild guild) {
        return obj(
                "id",
                id(guild.id()),
                "name",
                "@everyone",
                "color",
                0,
                // JDA 6 reads role colours from here, not from "color"
                "colors",
                obj("primary_color", 0, "secondary_color", null, "tertiary_color", null),
                "hoist",
                false,
                "icon",
                null,
                "unicode_emoji",
                null,
                "position",
                0,
                "permissions",
                PERMISSIONS,
                "managed",
                false,
                "mentionable",
                false,
                "flags",
                0);
    }

    public static Map<String, Object> textChannel(FakeGuild guild, FakeChannel channel) {
        return obj(
                "id",
                id(channel.id()),
                "type",
                0,
                "guild_id",
                id(guild.id()),
                "name",
                channel.name(),
                "position",
                guild.channels().indexOf(channel),
                "parent_id",
                null,
                "topic",
                null,
                "nsfw",
                false,
                "rate_limit_per_user",
                0,
                "last_message_id",
                null,
                "flags",
                0,
                "permission_overwrites",
                List.of());
    }

    public static Map<String, Object> dmChannel(FakeUser recipient) {
        return obj(
                "id",
                id(recipient.dmChannelId()),
                "type",
                1,
                "last_message_id",
                null,
                "flags",
                0,
                "recipients",
                List.of(user(recipient)));
    }

    /** The full GUILD_CREATE payload; the bot is always a member. */
    public static Map<String, Object> guildCreate(DiscordWorld world, FakeGuild guild) {
        List<Object> members = new ArrayList<>();
        members.add(member(world.bot(), true));
        guild.members().forEach(m -> members.add(member(m, true)));
        long owner = guild.members().isEmpty() ? world.bot().id() : guild.members().get(0).id();
        return obj(
                "id",
                id(guild.id()),
                "name",
                guild.name(),
                "icon",
                null,
                "splash",
                null,
                "banner",
                null,
                "description",
                null,
                "owner_id",
                id(owner),
                "afk_channel_id",
                null,
                // JDA only accepts the values Discord offers (60, 300, 900, 1800, 3600)
                "afk_timeout",
                300,
                "verification_level",
                0,
                "default_message_notifications",
                0,
                "explicit_content_filter",
                0,
                "mfa_level",
                0,
                "nsfw_level",
                0,
                "premium_tier",
                0,
                "premium_subscription_count",
                0,
                "premium_progress_bar_enabled",
                false,
                "preferred_locale",
                "en-US",
                "features",
                List.of(),
                "system_channel_id",
                id(guild.defaultChannel().id()),
                "system_channel_flags",
                0,
                "rules_channel_id",
                null,
                "public_updates_channel_id",
                null,
                "safety_alerts_channel_id",
                null,
                "vanity_url_code",
                null,
                "max_members",
                500000,
                "joined_at",
                "2024-01-15T10:00:00.000000+00:00",
                "large",
                false,
                "unavailable",
                false,
                // equal to the members sent, or JDA asks the gateway for member chunks
                "member_count",
                members.size(),
                "roles",
                List.of(everyoneRole(guild)),
                "channels",
                guild.channels().stream().map(c -> textChannel(guild, c)).toList(),
                "members",
                members,
                "threads",
                List.of(),
                "emojis",
                List.of(),
                "stickers",
                List.of(),
                "voice_states",
                List.of(),
                "presences",
                List.of(),
                "stage_instances",
                List.of(),
                "guild_scheduled_events",
                List.of(),
                "soundboard_sounds",
                List.of());
    }

    /**
     * A plain message; {@code guildId} 0 means a DM. Add mentions, member, components as needed.
     */
    public static Map<String, Object> message(
            long id, long channelId, long guildId, FakeUser author, String content) {
        Map<String, Object> message =
                obj(
                        "id", id(id),
                        "type", 0,
                        "channel_id", id(channelId),
                        "author", user(author),
                        "content", content,
                        "timestamp", now(),
                        "edited_timestamp", null,
                        "tts", false,
                        "mention_everyone", false,
                        "mentions", new ArrayList<>(),
                        "mention_roles", List.of(),
                        "attachments", List.of(),
                        "embeds", List.of(),
                        "components", List.of(),
                        "reactions", List.of(),
                        "pinned", false,
                        "flags", 0);
        if (guildId != 0) {
            message.put("guild_id", id(guildId));
        }
        return message;
    }
}
