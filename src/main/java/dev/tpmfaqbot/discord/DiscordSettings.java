package dev.tpmfaqbot.discord;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The Discord configuration, validated. {@code gatewayUrl} empty means "ask Discord" ({@code GET
 * /gateway/bot}); {@code shards} empty means "as many as Discord recommends".
 */
public record DiscordSettings(
        String token,
        URI apiUrl,
        Optional<URI> gatewayUrl,
        Optional<Long> guildId,
        Optional<ShardRange> shards,
        List<Long> askChannels,
        List<Long> onboardingChannels) {
    public static final String TOKEN = "DISCORD_BOT_TOKEN";
    public static final String API_URL = "DISCORD_API_URL";
    public static final String GATEWAY_URL = "DISCORD_GATEWAY_URL";
    public static final String GUILD_ID = "DISCORD_GUILD_ID";
    public static final String SHARDS = "DISCORD_SHARDS";
    public static final String ASK_CHANNELS = "DISCORD_ASK_CHANNELS";
    public static final String ONBOARDING_CHANNELS = "DISCORD_ONBOARDING_CHANNELS";
    public static final List<String> VARIABLES =
            List.of(
                    TOKEN,
                    API_URL,
                    GATEWAY_URL,
                    GUILD_ID,
                    SHARDS,
                    ASK_CHANNELS,
                    ONBOARDING_CHANNELS);
    public static final URI DISCORD_API = URI.create("https://discord.com/api/v10/");

    public DiscordSettings {
        askChannels = List.copyOf(askChannels);
        onboardingChannels = List.copyOf(onboardingChannels);
    }

    // a record would print the token
    @Override
    public String toString() {
        return "DiscordSettings[api="
                + apiUrl
                + ", gateway="
                + gatewayUrl.map(URI::toString).orElse("from Discord")
                + ", guild="
                + guildId.map(String::valueOf).orElse("global")
                + ", shards="
                + shards.map(ShardRange::toString).orElse("recommended")
                + ", askChannels="
                + askChannels
                + ", onboardingChannels="
                + onboardingChannels
                + "]";
    }
}
