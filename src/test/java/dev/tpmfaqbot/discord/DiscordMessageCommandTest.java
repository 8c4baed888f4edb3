package dev.tpmfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.discord.fake.DiscordWorld;
import dev.tpmfaqbot.discord.fake.FakeDiscord;
import dev.tpmfaqbot.discord.fake.FakeGuild;
import dev.tpmfaqbot.discord.fake.FakeInteraction;
import dev.tpmfaqbot.discord.fake.FakeUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The message command "Ask the TPM bot" and user install, end to end through the real JDA against
 * the fake Discord: what is registered, and answers in a server, in a server the bot is not in, and
 * in a DM between two people.
 */
@Timeout(60)
class DiscordMessageCommandTest {
    private static final int EPHEMERAL = 64;
    private static final String ASK = "Ask the TPM bot";

    private final FakeUser alice = FakeUser.human("alice");
    private final FakeUser bob = FakeUser.human("bob");
    private final FakeGuild guild = FakeGuild.create("TPM Guild", alice, bob);
    @RegisterExtension final DiscordLoopback loopback = new DiscordLoopback(DiscordWorld.of(guild));
    private final FakeDiscord discord = loopback.discord();
    private DiscordBot bot;

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }

    /**
     * The initial reply: a message (not deferred, the core answers in time here) only the asker
     * sees.
     */
    private JsonNode privateReply(FakeInteraction interaction) {
        JsonNode callback = discord.rest().awaitCallback(interaction).body();
        assertEquals(4, callback.path("type").asInt(), callback.toString());
        JsonNode message = callback.path("data");
        assertEquals(
                EPHEMERAL,
                message.path("flags").asInt() & EPHEMERAL,
                "only the asker sees it: " + message);
        Payloads.pingsAtMost(message, 0);
        Payloads.withinDiscordLimits(message);
        return message;
    }

    @Test
    void bothCommandsAreRegisteredForServersDmsAndUserInstalls() throws Exception {
        bot = loopback.start();

        JsonNode commands = discord.rest().awaitRequest("PUT", "applications/\\d+/commands").body();
        JsonNode tpm = commands.get(0);
        JsonNode ask = commands.get(1);
        assertEquals("tpm", tpm.path("name").asText());
        assertEquals(1, tpm.path("type").asInt(), "a slash command");
        assertEquals(ASK, ask.path("name").asText());
        assertEquals(3, ask.path("type").asInt(), "a message command");
        assertFalse(
                ask.has("description") && !ask.path("description").asText().isEmpty(),
                "message commands have none");
        for (JsonNode command : List.of(tpm, ask)) {
            assertEquals(
                    List.of(0, 1, 2),
                    ints(command.path("contexts")),
                    "guild, bot DM, private channel: " + command);
            assertEquals(
                    List.of(0, 1),
                    ints(command.path("integration_types")),
                    "guild and user install: " + command);
        }
    }

    @Test
    void aMessageCommandAnswersTheQuestionTheMessageRaisesPrivatelyWithShare() throws Exception {
        bot = loopback.start();
        String text = "we should hire a TPM for this, but what does a tpm do day to day?";
        Answer expected = bot.faq.ask(DiscordQuestions.of(text, alice.id(), 0));
        assertTrue(expected.isAnswered(), expected.toString());

        FakeInteraction ask = discord.gateway().sendMessageCommand(guild, alice, ASK, bob, text);

        JsonNode message = privateReply(ask);
        assertEquals(expected.title(), Payloads.firstEmbed(message).path("title").asText());
        assertTrue(
                Payloads.buttonIds(message).contains("share:" + expected.key()),
                Payloads.buttonIds(message).toString());
        assertEquals(0, discord.rest().requests("POST", "channels/.*").size(), "nothing public");
    }

    @Test
    void installedToAUserItAnswersInAServerTheBotIsNotIn() throws Exception {
        bot = loopback.start();
        FakeGuild elsewhere = FakeGuild.create("Elsewhere", alice);
        Answer expected = bot.faq.ask(DiscordQuestions.of("what is a backlog?", alice.id(), 0));

        FakeInteraction ask =
                discord.gateway()
                        .sendUserInstalledMessageCommand(
                                elsewhere, alice, ASK, bob, "what is a backlog?");

        JsonNode message = privateReply(ask);
        assertEquals(expected.title(), Payloads.firstEmbed(message).path("title").asText());
        assertEquals(
                0,
                discord.rest().requests("POST", "channels/.*").size(),
                "the bot cannot post there, and does not try");
    }

    @Test
    void installedToAUserSlashCommandsWorkInTheirDmsWithOtherPeople() throws Exception {
        bot = loopback.start();

        FakeInteraction ask =
                discord.gateway()
                        .sendUserInstalledSlashCommand(
                                alice,
                                bob,
                                "tpm ask",
                                Map.of("question", "does a tpm need to code?"));

        JsonNode message = privateReply(ask);
        assertEquals(
                bot.faq.open("faq:does-a-tpm-need-to-code").orElseThrow().title(),
                Payloads.firstEmbed(message).path("title").asText());
    }

    @Test
    void whatTheMessageSaysCannotPingAndAMessageWithoutTextIsToldSo() throws Exception {
        bot = loopback.start();

        FakeInteraction noisy =
                discord.gateway()
                        .sendMessageCommand(
                                guild,
                                alice,
                                ASK,
                                bob,
                                "@everyone @here "
                                        + bob.mention()
                                        + " <@&123456789012345678> what is a zorblax in sprint planning?");
        FakeInteraction empty = discord.gateway().sendMessageCommand(guild, alice, ASK, bob, "");

        JsonNode answer = privateReply(noisy);
        String shown = answer.toString();
        assertFalse(
                shown.contains("@everyone")
                        || shown.contains("@here")
                        || shown.contains(bob.mention()),
                shown);
        JsonNode notice = privateReply(empty);
        assertEquals(MessageCommandListener.NO_TEXT, notice.path("content").asText());
    }
}
