package dev.tpmfaqbot.discord.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tpmfaqbot.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fakes against the real JDA: login, interactions, a bad token, sharding, resuming. */
class DiscordFakesTest {
    private final FakeUser alice = FakeUser.human("alice");
    private final FakeGuild guild = FakeGuild.create("TPM Guild", alice);
    private FakeDiscord discord;
    private JDA jda;

    @AfterEach
    void stop() throws InterruptedException {
        if (jda != null) {
            jda.shutdownNow();
            jda.awaitShutdown(Duration.ofSeconds(5));
        }
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    @Timeout(30)
    void lightJdaLogsInAndSeesTheGuild() throws InterruptedException {
        discord = FakeDiscord.start(DiscordWorld.of(guild));

        jda = discord.configure(JDABuilder.createLight(discord.token())).build().awaitReady();

        Guild seen = jda.getGuildById(guild.id());
        assertNotNull(seen);
        assertEquals("TPM Guild", seen.getName());
        assertNotNull(seen.getTextChannelById(guild.defaultChannel().id()));
        assertEquals(discord.world().bot().id(), jda.getSelfUser().getIdLong());
        assertEquals(
                List.of("GET users/@me"),
                discord.rest().requests().stream().map(r -> r.method() + " " + r.path()).toList());
        JsonNode identify = discord.gateway().identifies().get(0);
        assertEquals(discord.token(), identify.get("token").asText());
        assertEquals(GatewayIntent.DEFAULT, identify.get("intents").asInt());
    }

    @Test
    @Timeout(30)
    void slashCommandReachesTheListenerWhichRepliesEphemerally() throws Exception {
        discord = FakeDiscord.start(DiscordWorld.of(guild));
        CompletableFuture<String> asked = new CompletableFuture<>();
        CompletableFuture<InteractionHook> replied = new CompletableFuture<>();
        jda =
                discord.configure(JDABuilder.createLight(discord.token()))
                        .addEventListeners(
                                new ListenerAdapter() {
                                    @Override
                                    public void onSlashCommandInteraction(
                                            SlashCommandInteractionEvent event) {
                                        asked.complete(
                                                event.getFullCommandName()
                                                        + ": "
                                                        + event.getOption("question").getAsString()
                                                        + " from "
                                                        + event.getUser().getName()
                                                        + " in "
                                                        + event.getGuild().getName());
                                        event.reply("A TPM owns the technical side of a product.")
                                                .setEphemeral(true)
                                                .queue(
                                                        replied::complete,
                                                        replied::completeExceptionally);
                                    }
                                })
                        .build()
                        .awaitReady();

        FakeInteraction ask =
                discord.gateway()
                        .sendSlashCommand(
                                guild, alice, "tpm ask", Map.of("question", "What does a TPM do?"));

        assertEquals(
                "tpm ask: What does a TPM do? from alice in TPM Guild",
                asked.get(10, TimeUnit.SECONDS));
        JsonNode body = discord.rest().awaitCallback(ask).body();
        assertEquals(4, body.get("type").asInt());
        assertEquals(64, body.get("data").get("flags").asInt());
        assertEquals(
                "A TPM owns the technical side of a product.",
                body.get("data").get("content").asText());
        assertNotNull(
                replied.get(10, TimeUnit.SECONDS)); // JDA accepted the fake's callback response
    }

    @Test
    @Timeout(30)
    void aBadTokenIsRejectedAtLogin() {
        discord = FakeDiscord.start(DiscordWorld.of(guild));

        assertThrows(
                InvalidTokenException.class,
                () -> discord.configure(JDABuilder.createLight("not-the-bot-token")).build());
        assertEquals(0, discord.gateway().identifies().size());
    }

    @Test
    @Timeout(30)
    void aShardManagerGetsEachGuildOnItsShard() throws InterruptedException {
        FakeGuild first = FakeGuild.onShard(0, 2, "Shard Zero", alice);
        FakeGuild second = FakeGuild.onShard(1, 2, "Shard One", alice);
        discord = FakeDiscord.start(DiscordWorld.of(first, second));
        discord.rest().gatewayBot(discord.gateway().url(), 2, 2);

        ShardManager shards =
                discord.configure(DefaultShardManagerBuilder.createLight(discord.token()))
                        .setShardsTotal(2)
                        .setShards(0, 1)
                        .build();
        try {
            Eventually.value(
                    Duration.ofSeconds(15),
                    () -> "two shards",
                    () -> shards.getShards().size() == 2);
            for (JDA shard : shards.getShards()) {
                shard.awaitReady();
            }
            assertEquals(List.of(first.id()), guildIds(shards.getShardById(0)));
            assertEquals(List.of(second.id()), guildIds(shards.getShardById(1)));
            Set<String> identified =
                    discord.gateway().identifies().stream()
                            .map(d -> d.get("shard").toString())
                            .collect(Collectors.toSet());
            assertEquals(Set.of("[0,2]", "[1,2]"), identified);
            assertEquals(1, discord.rest().requests("GET", "gateway/bot").size());
        } finally {
            shards.shutdown();
        }
    }

    @Test
    @Timeout(45)
    void jdaResumesADroppedConnectionAndKeepsAnswering() throws Exception {
        discord = FakeDiscord.start(DiscordWorld.of(guild));
        CountDownLatch resumed = new CountDownLatch(1);
        jda =
                discord.configure(JDABuilder.createLight(discord.token()))
                        .addEventListeners(
                                new ListenerAdapter() {
                                    @Override
                                    public void onSessionResume(SessionResumeEvent event) {
                                        resumed.countDown();
                                    }

                                    @Override
                                    public void onSlashCommandInteraction(
                                            SlashCommandInteractionEvent event) {
                                        event.reply("still here").queue();
                                    }
                                })
                        .build()
                        .awaitReady();

        discord.gateway().dropConnections();

        JsonNode resume = discord.gateway().awaitResumes(1).get(0);
        assertTrue(resumed.await(10, TimeUnit.SECONDS), "JDA fired SessionResumeEvent");
        // JDA resumes from the last event it saw: READY, GUILD_CREATE; RESUMED came after
        String sessionId = resume.get("session_id").asText();
        assertEquals(discord.gateway().lastSequence(sessionId) - 1, resume.get("seq").asInt());
        assertEquals(1, discord.gateway().identifies().size());

        FakeInteraction ask =
                discord.gateway()
                        .sendSlashCommand(guild, alice, "tpm", Map.of("question", "still there?"));
        assertEquals(
                "still here",
                discord.rest().awaitCallback(ask).body().get("data").get("content").asText());
    }

    private static List<Long> guildIds(JDA shard) {
        return shard.getGuilds().stream().map(Guild::getIdLong).toList();
    }
}
