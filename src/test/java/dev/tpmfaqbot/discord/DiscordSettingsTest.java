package dev.tpmfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DiscordSettingsTest {
    private static final String TOKEN =
            "MTEzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";

    private final ConfigProblems problems = new ConfigProblems();

    private Optional<DiscordSettings> read(Map<String, String> variables) {
        return new DiscordModule().settings(Environment.of(variables), problems);
    }

    @Test
    void emptyWhenNoDiscordVariableIsSet() {
        assertEquals(Optional.empty(), read(Map.of("SLACK_BOT_TOKEN", "xoxb-1")));
        assertTrue(problems.isEmpty());
    }

    @Test
    void defaultsAreDiscordsOwnServersGlobalCommandsAndRecommendedShards() {
        DiscordSettings settings = read(Map.of("DISCORD_BOT_TOKEN", TOKEN)).orElseThrow();

        assertEquals(URI.create("https://discord.com/api/v10/"), settings.apiUrl());
        assertEquals(Optional.empty(), settings.gatewayUrl());
        assertEquals(Optional.empty(), settings.guildId());
        assertEquals(Optional.empty(), settings.shards());
        assertEquals(List.of(), settings.askChannels());
        assertFalse(settings.toString().contains(TOKEN), "the token is never printed");
    }

    @Test
    void readsEveryVariable() {
        DiscordSettings settings =
                read(Map.of(
                                "DISCORD_BOT_TOKEN", TOKEN,
                                "DISCORD_API_URL", "http://127.0.0.1:8080/api/v10",
                                "DISCORD_GATEWAY_URL", "ws://127.0.0.1:8081/",
                                "DISCORD_GUILD_ID", "1234567890123456789",
                                "DISCORD_SHARDS", "0-3/8",
                                "DISCORD_ASK_CHANNELS", "111, 222",
                                "DISCORD_ONBOARDING_CHANNELS", "333"))
                        .orElseThrow();

        assertEquals(List.of(), problems.list());
        assertEquals(URI.create("http://127.0.0.1:8080/api/v10/"), settings.apiUrl());
        assertEquals(Optional.of(URI.create("ws://127.0.0.1:8081/")), settings.gatewayUrl());
        assertEquals(Optional.of(1234567890123456789L), settings.guildId());
        assertEquals(Optional.of(new ShardRange(0, 3, 8)), settings.shards());
        assertEquals(4, settings.shards().orElseThrow().count());
        assertEquals(List.of(111L, 222L), settings.askChannels());
        assertEquals(List.of(333L), settings.onboardingChannels());
    }

    @Test
    void theTokenIsRequiredOnceAnyDiscordVariableIsSet() {
        assertEquals(Optional.empty(), read(Map.of("DISCORD_ASK_CHANNELS", "111")));
        assertEquals(1, problems.list().size());
        assertTrue(
                problems.list().get(0).startsWith("DISCORD_BOT_TOKEN: is required"),
                problems.list().toString());
    }

    @Test
    void aTokenOfTheWrongShapeIsReportedWithoutItsValue() {
        read(Map.of("DISCORD_BOT_TOKEN", "Bot " + TOKEN));
        read(Map.of("DISCORD_BOT_TOKEN", "short"));

        assertEquals(2, problems.list().size());
        assertTrue(problems.list().get(0).contains("without the \"Bot \" prefix"));
        assertTrue(problems.list().get(1).contains("does not look like a bot token"));
        problems.list().forEach(p -> assertFalse(p.contains(TOKEN) || p.contains("short\""), p));
    }

    @Test
    void everyBadValueIsReportedAtOnceNamingItsVariable() {
        Optional<DiscordSettings> settings =
                read(
                        Map.of(
                                "DISCORD_BOT_TOKEN", TOKEN,
                                "DISCORD_API_URL", "discord.com/api",
                                "DISCORD_GATEWAY_URL", "https://gateway.discord.gg",
                                "DISCORD_GUILD_ID", "my-guild",
                                "DISCORD_SHARDS", "4-3/8",
                                "DISCORD_ASK_CHANNELS", "111,#general",
                                "DISCORD_ONBOARDING_CHANNELS", "99999999999999999999999"));

        assertEquals(Optional.empty(), settings);
        List<String> variables =
                problems.list().stream().map(p -> p.substring(0, p.indexOf(':'))).toList();
        assertEquals(
                List.of(
                        "DISCORD_API_URL",
                        "DISCORD_GATEWAY_URL",
                        "DISCORD_GUILD_ID",
                        "DISCORD_SHARDS",
                        "DISCORD_ASK_CHANNELS",
                        "DISCORD_ONBOARDING_CHANNELS"),
                variables);
    }

    @Test
    void shardRanges() {
        assertEquals(new ShardRange(2, 2, 8), ShardRange.parse("2/8"));
        assertEquals(new ShardRange(0, 7, 8), ShardRange.parse("0-7/8"));
        for (String bad : List.of("8/8", "0-8/8", "3-1/8", "0/0", "a/8", "0-3", "")) {
            try {
                ShardRange.parse(bad);
                throw new AssertionError("accepted " + bad);
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
    }
}
