package dev.tpmfaqbot.discord;

import static dev.tpmfaqbot.discord.fake.Json.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.Eventually;
import dev.tpmfaqbot.discord.fake.DiscordWorld;
import dev.tpmfaqbot.discord.fake.FakeDiscord;
import dev.tpmfaqbot.discord.fake.FakeGuild;
import dev.tpmfaqbot.discord.fake.FakeInteraction;
import dev.tpmfaqbot.discord.fake.FakeUser;
import dev.tpmfaqbot.runtime.AdapterStartException;
import dev.tpmfaqbot.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Logging in, readiness, a bad token, a dropped connection, and shards split across two processes.
 */
@Timeout(60)
class DiscordConnectionTest {
    private final FakeUser alice = FakeUser.human("alice");
    private FakeDiscord discord;
    private DiscordBot bot;
    private DiscordBot other;

    @AfterEach
    void stop() {
        for (DiscordBot running : new DiscordBot[] {bot, other}) {
            if (running != null) {
                running.close();
            }
        }
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void connectsThroughTheConfiguredGatewayAndIsReadyWhenEveryShardIsConnected() throws Exception {
        FakeGuild guild = FakeGuild.create("TPM Guild", alice);
        discord = FakeDiscord.start(DiscordWorld.of(guild));
        discord.rest()
                .gatewayBot(
                        "ws://127.0.0.1:1/",
                        1,
                        16); // Discord's answer is not used: DISCORD_GATEWAY_URL is
        bot =
                DiscordBot.create(
                        discord,
                        DiscordBot.freshStateFile(),
                        Map.of(),
                        Clock.fixed(DiscordBot.WEDNESDAY_NOON, ZoneOffset.UTC));
        assertTrue(bot.adapter.notReadyReason().isPresent(), "not ready before start");

        bot.adapter.start();

        Eventually.until("ready", () -> bot.adapter.notReadyReason().isEmpty());
        assertEquals(1, discord.gateway().identifies().size());
        assertEquals("discord", bot.adapter.name());
    }

    @Test
    void aRefusedTokenIsAClearStartupErrorNamingTheVariable() {
        discord = FakeDiscord.start(DiscordWorld.of(FakeGuild.create("TPM Guild", alice)));
        String wrong = "a-wrong-token-that-looks-fine-0123456789";

        AdapterStartException refused =
                assertThrows(
                        AdapterStartException.class,
                        () -> DiscordBot.start(discord, Map.of("DISCORD_BOT_TOKEN", wrong)));

        assertTrue(refused.getMessage().startsWith("DISCORD_BOT_TOKEN: "), refused.getMessage());
        assertFalse(refused.getMessage().contains(wrong), "never the secret");
        assertEquals(0, discord.gateway().identifies().size());
    }

    @Test
    void aTokenRefusedWhenCheckingTheApplicationIsTheSameClearError() {
        discord = FakeDiscord.start(DiscordWorld.of(FakeGuild.create("TPM Guild", alice)));
        discord.rest()
                .stub(
                        "GET",
                        "applications/@me",
                        401,
                        obj("message", "401: Unauthorized", "code", 0));

        AdapterStartException refused =
                assertThrows(AdapterStartException.class, () -> DiscordBot.start(discord));

        assertTrue(refused.getMessage().startsWith("DISCORD_BOT_TOKEN: "), refused.getMessage());
        assertEquals(
                0,
                discord.rest().requests("GET", "gateway/bot").size(),
                "stopped before connecting");
    }

    @Test
    void aDroppedConnectionResumesAndTheBotAnswersAfterwards() throws Exception {
        FakeGuild guild = FakeGuild.create("TPM Guild", alice);
        discord = FakeDiscord.start(DiscordWorld.of(guild));
        bot = DiscordBot.start(discord);

        discord.gateway().dropConnections();

        discord.gateway().awaitResumes(1);
        Eventually.until(
                "ready again",
                () ->
                        bot.adapter.notReadyReason().isEmpty()
                                && discord.gateway().connectedSessions() == 1);
        FakeInteraction ask =
                discord.gateway()
                        .sendSlashCommand(
                                guild, alice, "tpm ask", Map.of("question", "what is a tpm"));
        assertEquals(4, discord.rest().awaitCallback(ask).body().path("type").asInt());
        assertEquals(1, discord.gateway().identifies().size(), "resumed, not identified again");
    }

    @Test
    void twoProcessesWithDifferentShardRangesEachAnswerOnlyTheirGuilds() throws Exception {
        FakeGuild zero = FakeGuild.onShard(0, 2, "Shard Zero", alice);
        FakeGuild one = FakeGuild.onShard(1, 2, "Shard One", alice);
        discord = FakeDiscord.start(DiscordWorld.of(zero, one));
        discord.rest().gatewayBot(discord.gateway().url(), 2, 16);

        bot = DiscordBot.start(discord, Map.of("DISCORD_SHARDS", "0/2"));
        other = DiscordBot.start(discord, Map.of("DISCORD_SHARDS", "1-1/2"));

        Set<String> shards =
                discord.gateway().identifies().stream()
                        .map(d -> d.get("shard").toString())
                        .collect(Collectors.toSet());
        assertEquals(Set.of("[0,2]", "[1,2]"), shards);
        assertNotNull(bot.discordAdapter().shardManager().getGuildById(zero.id()));
        assertNull(bot.discordAdapter().shardManager().getGuildById(one.id()));
        assertNotNull(other.discordAdapter().shardManager().getGuildById(one.id()));

        FakeInteraction inZero =
                discord.gateway()
                        .sendSlashCommand(
                                zero, alice, "tpm ask", Map.of("question", "what is a tpm"));
        FakeInteraction inOne =
                discord.gateway()
                        .sendSlashCommand(one, alice, "tpm ask", Map.of("question", "tpm salary"));

        assertEquals(4, discord.rest().awaitCallback(inZero).body().path("type").asInt());
        assertEquals(4, discord.rest().awaitCallback(inOne).body().path("type").asInt());
        Eventually.until(
                "both questions recorded", () -> asked(bot).size() + asked(other).size() == 2);
        assertEquals(java.util.List.of(new Store.KeyCount("faq:what-is-a-tpm", 1)), asked(bot));
        assertEquals(java.util.List.of(new Store.KeyCount("faq:tpm-salary", 1)), asked(other));
        assertEquals(java.util.List.of(), discord.gateway().undelivered());
        // global commands come from the process running shard 0 only
        assertEquals(1, discord.rest().requests("PUT", "applications/\\d+/commands").size());
    }

    /** What this process's own database says was asked: each process has its own here. */
    private static java.util.List<Store.KeyCount> asked(DiscordBot process) {
        return process.store.report(Instant.EPOCH).mostAsked();
    }

    @Test
    void stoppingClosesTheSession() throws Exception {
        discord = FakeDiscord.start(DiscordWorld.of(FakeGuild.create("TPM Guild", alice)));
        bot = DiscordBot.start(discord);

        bot.adapter.stop(Duration.ofSeconds(5));

        Eventually.until("disconnected", () -> discord.gateway().connectedSessions() == 0);
        assertTrue(bot.adapter.notReadyReason().isPresent());
    }
}
