package dev.tpmfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tpmfaqbot.discord.fake.DiscordWorld;
import dev.tpmfaqbot.discord.fake.FakeDiscord;
import dev.tpmfaqbot.discord.fake.FakeGuild;
import dev.tpmfaqbot.discord.fake.FakeInteraction;
import dev.tpmfaqbot.discord.fake.FakeUser;
import dev.tpmfaqbot.records.RecordWriter;
import dev.tpmfaqbot.service.AnsweringPool;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.service.LiveAnswerer;
import dev.tpmfaqbot.service.QuestionMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Slow answers are deferred in time and then filled in; fast ones are sent at once. Real JDA. */
@Timeout(30)
class TimelyReplyTest {
    private final FakeUser alice = FakeUser.human("alice");
    private final FakeUser bob = FakeUser.human("bob");
    private final FakeGuild guild = FakeGuild.create("TPM Guild", alice, bob);
    private final FakeDiscord discord = FakeDiscord.start(DiscordWorld.of(guild));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    /** Only the answering pool is used here: no content, no store. */
    private final FaqService faq =
            new FaqService(
                    new LiveAnswerer(null),
                    RecordWriter.inMemory(null),
                    null,
                    Clock.systemUTC(),
                    QuestionMetrics.none(),
                    new AnsweringPool(2, 3, Duration.ofSeconds(20)));

    private JDA jda;

    @AfterEach
    void stop() throws InterruptedException {
        if (jda != null) {
            jda.shutdownNow();
            jda.awaitShutdown(Duration.ofSeconds(5));
        }
        timer.shutdownNow();
        faq.close();
        discord.close();
    }

    private void answerAfter(Duration delay) throws InterruptedException {
        TimelyReply replies = new TimelyReply(faq, timer);
        jda =
                discord.configure(
                                JDABuilder.createLight(
                                        discord.token(), EnumSet.noneOf(GatewayIntent.class)))
                        .addEventListeners(
                                new ListenerAdapter() {
                                    @Override
                                    public void onSlashCommandInteraction(
                                            SlashCommandInteractionEvent event) {
                                        replies.send(
                                                event,
                                                true,
                                                () -> {
                                                    sleep(delay);
                                                    return DiscordMessages.text("the answer");
                                                });
                                    }
                                })
                        .build()
                        .awaitReady();
    }

    @Test
    void aSlowAnswerIsDeferredWithinThreeSecondsThenFilledIn() throws Exception {
        answerAfter(TimelyReply.DEFER_AFTER.plusMillis(700));
        long sent = System.nanoTime();

        FakeInteraction ask =
                discord.gateway()
                        .sendSlashCommand(guild, alice, "tpm ask", Map.of("question", "q"));

        JsonNode deferred = discord.rest().awaitCallback(ask).body();
        long deferredAfter = (System.nanoTime() - sent) / 1_000_000;
        assertEquals(5, deferred.path("type").asInt(), "thinking…");
        assertEquals(64, deferred.path("data").path("flags").asInt() & 64, "privately");
        assertTrue(deferredAfter < 3000, "deferred after " + deferredAfter + " ms");
        String original = "webhooks/\\d+/" + Pattern.quote(ask.token()) + "/messages/@original";
        JsonNode edit = discord.rest().awaitRequest("PATCH", original).body();
        assertEquals("the answer", edit.path("content").asText());
        Payloads.pingsAtMost(edit, 0);
    }

    @Test
    void aFastAnswerIsSentAtOnceAndNeverDeferred() throws Exception {
        answerAfter(Duration.ZERO);

        FakeInteraction ask =
                discord.gateway()
                        .sendSlashCommand(guild, alice, "tpm ask", Map.of("question", "q"));

        assertEquals(4, discord.rest().awaitCallback(ask).body().path("type").asInt());
        Thread.sleep(TimelyReply.DEFER_AFTER.toMillis() + 200);
        assertEquals(
                1, discord.rest().requests("POST", "interactions/.*").size(), "no late deferral");
    }

    @Test
    void anAnswerStuckOnTheAnsweringPoolBlocksNeitherItsDeferralNorAnotherUsersReply()
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        TimelyReply replies = new TimelyReply(faq, timer);
        jda =
                discord.configure(
                                JDABuilder.createLight(
                                        discord.token(), EnumSet.noneOf(GatewayIntent.class)))
                        .addEventListeners(
                                new ListenerAdapter() {
                                    @Override
                                    public void onSlashCommandInteraction(
                                            SlashCommandInteractionEvent event) {
                                        boolean stuck = event.getUser().getIdLong() == alice.id();
                                        replies.send(
                                                event,
                                                true,
                                                () -> {
                                                    if (stuck) {
                                                        await(release);
                                                    }
                                                    return DiscordMessages.text(
                                                            stuck
                                                                    ? "alice's answer"
                                                                    : "bob's answer");
                                                });
                                    }
                                })
                        .build()
                        .awaitReady();
        FakeInteraction aliceAsks =
                discord.gateway()
                        .sendSlashCommand(guild, alice, "tpm ask", Map.of("question", "q"));
        try {
            FakeInteraction bobAsks =
                    discord.gateway()
                            .sendSlashCommand(guild, bob, "tpm ask", Map.of("question", "q"));

            JsonNode bobsReply = discord.rest().awaitCallback(bobAsks).body();
            assertEquals(
                    4,
                    bobsReply.path("type").asInt(),
                    "bob is answered while alice's answer is stuck");
            assertEquals("bob's answer", bobsReply.path("data").path("content").asText());
            assertEquals(
                    5,
                    discord.rest().awaitCallback(aliceAsks).body().path("type").asInt(),
                    "alice is deferred meanwhile");
        } finally {
            release.countDown();
        }
        String original =
                "webhooks/\\d+/" + Pattern.quote(aliceAsks.token()) + "/messages/@original";
        assertEquals(
                "alice's answer",
                discord.rest().awaitRequest("PATCH", original).body().path("content").asText());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
