package dev.tpmfaqbot.discord;

import static dev.tpmfaqbot.discord.fake.Json.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tpmfaqbot.Eventually;
import dev.tpmfaqbot.discord.fake.DiscordWorld;
import dev.tpmfaqbot.discord.fake.FakeChannel;
import dev.tpmfaqbot.discord.fake.FakeDiscord;
import dev.tpmfaqbot.discord.fake.FakeGuild;
import dev.tpmfaqbot.discord.fake.FakeInteraction;
import dev.tpmfaqbot.discord.fake.FakeUser;
import dev.tpmfaqbot.testing.CapturedLogs;
import java.time.Duration;
import java.util.Map;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mentions, DMs, auto-answer channels and mention safety, end to end. */
@Timeout(60)
class DiscordMessagesTest {
    private final FakeUser alice = FakeUser.human("alice");
    private final FakeGuild guild = FakeGuild.create("TPM Guild", alice).withChannel("ask-tpm");
    private final FakeChannel general = guild.defaultChannel();
    private final FakeChannel askChannel = guild.channel("ask-tpm");
    @RegisterExtension final DiscordLoopback loopback = new DiscordLoopback(DiscordWorld.of(guild));
    private final FakeDiscord discord = loopback.discord();
    private DiscordBot bot;

    @Test
    void aMentionGetsAReplyToThatMessagePingingOnlyTheAsker() throws Exception {
        bot = loopback.start();

        long asked = discord.gateway().sendMention(guild, alice, "what is a backlog?");

        JsonNode reply =
                discord.rest()
                        .awaitRequest("POST", "channels/" + general.id() + "/messages")
                        .body();
        assertEquals(
                Long.toUnsignedString(asked),
                reply.path("message_reference").path("message_id").asText());
        assertEquals("Backlog", Payloads.firstEmbed(reply).path("title").asText());
        Payloads.pingsAtMost(reply, 0);
        assertTrue(
                reply.path("allowed_mentions").path("replied_user").asBoolean(),
                "the asker is notified");
        assertTrue(Payloads.buttonIds(reply).contains("helpful:term:backlog"));
        assertTrue(
                Payloads.buttonIds(reply).stream().noneMatch(id -> id.startsWith("share:")),
                "already public");
        int intents = discord.gateway().identifies().get(0).path("intents").asInt();
        assertEquals(
                0,
                intents & GatewayIntent.MESSAGE_CONTENT.getRawValue(),
                "no privileged intent without ask channels");
        assertEquals(0, intents & GatewayIntent.GUILD_MEMBERS.getRawValue());
    }

    @Test
    void otherBotsAreNeverAnswered() throws Exception {
        bot = loopback.start();

        discord.gateway().sendMention(guild, FakeUser.bot("Another Bot"), "what is a backlog?");
        discord.gateway().sendMention(guild, alice, "what is a tpm?");

        JsonNode reply =
                discord.rest()
                        .awaitRequest("POST", "channels/" + general.id() + "/messages")
                        .body();
        assertEquals(
                "What is a technical product manager?",
                Payloads.firstEmbed(reply).path("title").asText());
        Eventually.never(
                "an answer to a bot",
                () -> discord.rest().requests("POST", "channels/\\d+/messages").size() > 1,
                Duration.ofMillis(300));
    }

    @Test
    void aDirectMessageIsAnsweredInTheDm() throws Exception {
        bot = loopback.start();

        discord.gateway().sendDirectMessage(alice, "does a tpm need to code");

        JsonNode answer =
                discord.rest()
                        .awaitRequest("POST", "channels/" + alice.dmChannelId() + "/messages")
                        .body();
        assertEquals(
                "Does a TPM need to code?", Payloads.firstEmbed(answer).path("title").asText());
        Payloads.pingsAtMost(answer, 0);
        Payloads.withinDiscordLimits(answer);
    }

    @Test
    void massMentionsInAQuestionNeverPing() throws Exception {
        bot = loopback.start();

        discord.gateway()
                .sendMention(guild, alice, "@everyone @here <@&" + guild.id() + "> what is a tpm?");
        FakeInteraction define =
                discord.gateway()
                        .sendSlashCommand(
                                guild,
                                alice,
                                "tpm define",
                                Map.of("term", "@everyone and @here and <@&" + guild.id() + ">"));

        JsonNode reply =
                discord.rest()
                        .awaitRequest("POST", "channels/" + general.id() + "/messages")
                        .body();
        Payloads.pingsAtMost(reply, 0);
        assertEquals(
                "What is a technical product manager?",
                Payloads.firstEmbed(reply).path("title").asText());
        JsonNode echoed = discord.rest().awaitCallback(define).body().path("data");
        Payloads.pingsAtMost(echoed, 0);
        String text = Payloads.firstEmbed(echoed).path("description").asText();
        assertTrue(
                text.contains("@\u200Beveryone")
                        && text.contains("@\u200Bhere")
                        && text.contains("<\u200B@&"),
                text);
        assertFalse(
                text.contains("@everyone") || text.contains("@here") || text.contains("<@&"), text);
    }

    @Test
    void anAutoAnswerChannelGetsConfidentAnswersToQuestionsOnly() throws Exception {
        bot =
                loopback.start(
                        Map.of("DISCORD_ASK_CHANNELS", Long.toUnsignedString(askChannel.id())));

        discord.gateway().sendGuildMessage(guild, askChannel, alice, "lunch at noon, anyone?");
        discord.gateway().sendGuildMessage(guild, general, alice, "what is a tpm?");
        long question =
                discord.gateway().sendGuildMessage(guild, askChannel, alice, "what is a tpm?");

        JsonNode reply =
                discord.rest()
                        .awaitRequest("POST", "channels/" + askChannel.id() + "/messages")
                        .body();
        assertEquals(
                Long.toUnsignedString(question),
                reply.path("message_reference").path("message_id").asText());
        assertFalse(
                reply.path("allowed_mentions").path("replied_user").asBoolean(),
                "nobody asked it: no ping");
        Payloads.pingsAtMost(reply, 0);
        Eventually.never(
                "a second reply",
                () -> discord.rest().requests("POST", "channels/\\d+/messages").size() > 1,
                Duration.ofMillis(500));
        int intents = discord.gateway().identifies().get(0).path("intents").asInt();
        assertTrue((intents & GatewayIntent.MESSAGE_CONTENT.getRawValue()) != 0);
    }

    @Test
    void withoutTheMessageContentIntentTheBotWarnsOnceAndStillAnswersMentions() throws Exception {
        discord.rest()
                .stub(
                        "GET",
                        "applications/@me",
                        200,
                        obj(
                                "id",
                                Long.toUnsignedString(discord.world().applicationId()),
                                "flags",
                                0));
        try (CapturedLogs log = new CapturedLogs(IntentChoice.class)) {
            bot =
                    loopback.start(
                            Map.of("DISCORD_ASK_CHANNELS", Long.toUnsignedString(askChannel.id())));

            discord.gateway().sendGuildMessage(guild, askChannel, alice, "what is a tpm?");
            discord.gateway().sendMention(guild, alice, "what is a tpm?");

            discord.rest().awaitRequest("POST", "channels/" + general.id() + "/messages");
            Eventually.never(
                    "an answer in the ask channel",
                    () ->
                            !discord.rest()
                                    .requests("POST", "channels/" + askChannel.id() + "/messages")
                                    .isEmpty(),
                    Duration.ofMillis(500));
            assertEquals(1, log.warnings().size(), log.warnings().toString());
            assertTrue(
                    log.warnings().get(0).contains("DISCORD_ASK_CHANNELS")
                            && log.warnings().get(0).contains("Message Content Intent"),
                    log.warnings().get(0));
        }
        int intents = discord.gateway().identifies().get(0).path("intents").asInt();
        assertEquals(
                0,
                intents & GatewayIntent.MESSAGE_CONTENT.getRawValue(),
                "not asked for: Discord would refuse");
    }
}
