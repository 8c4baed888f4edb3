package dev.tpmfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tpmfaqbot.ContentCopy;
import dev.tpmfaqbot.Eventually;
import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Band;
import dev.tpmfaqbot.discord.fake.DiscordWorld;
import dev.tpmfaqbot.discord.fake.FakeDiscord;
import dev.tpmfaqbot.discord.fake.FakeGuild;
import dev.tpmfaqbot.discord.fake.FakeInteraction;
import dev.tpmfaqbot.discord.fake.FakeUser;
import dev.tpmfaqbot.discord.fake.Snowflakes;
import dev.tpmfaqbot.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Autocomplete and button clicks, end to end. */
@Timeout(60)
class DiscordInteractionsTest {
    private static final int EPHEMERAL = 64;

    private final FakeUser alice = FakeUser.human("alice");
    private final FakeGuild guild = FakeGuild.create("TPM Guild", alice);
    @RegisterExtension final DiscordLoopback loopback = new DiscordLoopback(DiscordWorld.of(guild));
    private final FakeDiscord discord = loopback.discord();
    private DiscordBot bot;

    @Test
    void rolesAndTermsAutocomplete() throws Exception {
        bot = loopback.start();

        FakeInteraction role =
                discord.gateway().sendAutocomplete(guild, alice, "tpm compare", "role", "proj");
        FakeInteraction term =
                discord.gateway().sendAutocomplete(guild, alice, "tpm define", "term", "back");
        FakeInteraction empty =
                discord.gateway().sendAutocomplete(guild, alice, "tpm compare", "role", "");

        JsonNode roles = discord.rest().awaitCallback(role).body();
        assertEquals(8, roles.path("type").asInt());
        assertEquals(
                "project-manager",
                roles.path("data").path("choices").get(0).path("value").asText());
        assertEquals(
                "backlog",
                discord.rest()
                        .awaitCallback(term)
                        .body()
                        .path("data")
                        .path("choices")
                        .get(0)
                        .path("value")
                        .asText());
        JsonNode all = discord.rest().awaitCallback(empty).body().path("data").path("choices");
        assertEquals(bot.faq.names().roleNames().size(), all.size());
        all.forEach(c -> assertTrue(c.path("name").asText().length() <= 100));
    }

    @Test
    void autocompleteFollowsAContentReload(@TempDir Path folder) throws Exception {
        bot = loopback.start();
        FakeInteraction before =
                discord.gateway().sendAutocomplete(guild, alice, "tpm define", "term", "zettel");
        assertEquals(
                0, discord.rest().awaitCallback(before).body().path("data").path("choices").size());

        ContentCopy.ofShipped(folder);
        ContentCopy.write(
                folder,
                "terms/zettelkasten.md",
                """
                ---
                id: zettelkasten
                title: Zettelkasten
                aliases: [slip box]
                related: [term:backlog]
                sources: [industry-practice]
                ---
                In general practice, a Zettelkasten is a box of linked notes that some TPMs keep to remember decisions and their reasons.
                """);
        bot.content.swap(DiscordBot.load(folder));
        FakeInteraction after =
                discord.gateway().sendAutocomplete(guild, alice, "tpm define", "term", "zettel");

        JsonNode choices = discord.rest().awaitCallback(after).body().path("data").path("choices");
        assertEquals("zettelkasten", choices.get(0).path("value").asText());
        FakeInteraction define =
                discord.gateway()
                        .sendSlashCommand(
                                guild, alice, "tpm define", Map.of("term", "zettelkasten"));
        assertEquals(
                "Zettelkasten",
                Payloads.firstEmbed(discord.rest().awaitCallback(define).body().path("data"))
                        .path("title")
                        .asText());
    }

    @Test
    void aFollowUpButtonOpensItsAnswerPrivately() throws Exception {
        bot = loopback.start();

        FakeInteraction click =
                discord.gateway()
                        .sendButtonClick(guild, alice, "open:faq:tpm-skills", Snowflakes.next());

        JsonNode callback = discord.rest().awaitCallback(click).body();
        assertEquals(4, callback.path("type").asInt());
        assertEquals(EPHEMERAL, callback.path("data").path("flags").asInt() & EPHEMERAL);
        assertEquals(
                bot.faq.open("faq:tpm-skills").orElseThrow().title(),
                Payloads.firstEmbed(callback.path("data")).path("title").asText());
        assertTrue(Payloads.buttonIds(callback.path("data")).contains("share:faq:tpm-skills"));
        Payloads.pingsAtMost(callback.path("data"), 0);
    }

    @Test
    void feedbackIsRecordedAndItsButtonsDisabled() throws Exception {
        bot = loopback.start();

        FakeInteraction click =
                discord.gateway()
                        .sendButtonClick(
                                guild, alice, "helpful:faq:what-is-a-tpm", Snowflakes.next());

        JsonNode callback = discord.rest().awaitCallback(click).body();
        assertEquals(7, callback.path("type").asInt(), "the message is updated in place");
        JsonNode button = callback.path("data").path("components").get(0).path("components").get(0);
        assertEquals("helpful:faq:what-is-a-tpm", button.path("custom_id").asText());
        assertTrue(button.path("disabled").asBoolean(), button.toString());
        Eventually.until("feedback recorded", () -> !feedback().isEmpty());
        assertEquals(List.of(new Store.KeyFeedback("faq:what-is-a-tpm", 1, 0)), feedback());
    }

    @Test
    void notHelpfulIsRecordedToo() throws Exception {
        bot = loopback.start();

        discord.gateway()
                .sendButtonClick(guild, alice, "unhelpful:term:backlog", Snowflakes.next());

        Eventually.until("feedback recorded", () -> !feedback().isEmpty());
        assertEquals(List.of(new Store.KeyFeedback("term:backlog", 0, 1)), feedback());
    }

    @Test
    void shareInChannelPostsTheAnswerForEveryoneNamingWhoSharedIt() throws Exception {
        bot = loopback.start();

        FakeInteraction share =
                discord.gateway()
                        .sendButtonClick(guild, alice, "share:compare:pm:tpm", Snowflakes.next());

        JsonNode callback = discord.rest().awaitCallback(share).body();
        assertEquals(4, callback.path("type").asInt());
        JsonNode message = callback.path("data");
        assertEquals(0, message.path("flags").asInt() & EPHEMERAL, "everyone sees it");
        assertEquals("Shared by " + alice.mention(), message.path("content").asText());
        Payloads.pingsAtMost(message, 0);
        List<String> ids = Payloads.buttonIds(message);
        assertTrue(ids.contains("helpful:compare:pm:tpm"));
        assertTrue(ids.stream().noneMatch(id -> id.startsWith("share:")), "already shared");
    }

    @Test
    void anUnsureAnswerOffersDidYouMeanButtonsThatOpenTheirAnswers() throws Exception {
        bot = loopback.start();
        String vague = unsureQuestion();
        Answer unsure = bot.faq.ask(DiscordQuestions.of(vague, alice.id(), 0));

        FakeInteraction ask =
                discord.gateway()
                        .sendSlashCommand(guild, alice, "tpm ask", Map.of("question", vague));

        JsonNode message = discord.rest().awaitCallback(ask).body().path("data");
        List<String> ids = Payloads.buttonIds(message);
        List<String> expected = new ArrayList<>();
        unsure.suggestions().forEach(s -> expected.add("open:" + s.key()));
        assertEquals(
                expected, ids, "did-you-mean buttons only: no feedback or share on a non-answer");
        JsonNode first = message.path("components").get(0).path("components").get(0);
        assertEquals(1, first.path("style").asInt(), "primary");

        FakeInteraction click =
                discord.gateway().sendButtonClick(guild, alice, ids.get(0), Snowflakes.next());
        JsonNode opened = discord.rest().awaitCallback(click).body().path("data");
        assertEquals(
                unsure.suggestions().get(0).title(),
                Payloads.firstEmbed(opened).path("title").asText());
    }

    @Test
    void anUnknownButtonIsLeftAlone() throws Exception {
        bot = loopback.start();

        discord.gateway().sendButtonClick(guild, alice, "someone-elses-button", Snowflakes.next());
        FakeInteraction gone =
                discord.gateway()
                        .sendButtonClick(guild, alice, "open:faq:no-such-entry", Snowflakes.next());

        assertTrue(
                discord.rest()
                        .awaitCallback(gone)
                        .body()
                        .path("data")
                        .path("content")
                        .asText()
                        .contains("no longer"));
        assertEquals(1, discord.rest().requests("POST", "interactions/.*").size());
    }

    private List<Store.KeyFeedback> feedback() {
        return bot.store.report(Instant.EPOCH).feedback();
    }

    /** A question from the evaluation set that the core answers in the "did you mean" band. */
    private String unsureQuestion() {
        for (String candidate :
                List.of(
                        "why is having a tpm valuable, what do they add that others dont",
                        "walk me through how a technical product manager plans a new feature from scratch",
                        "product owner vs scrum master",
                        "backlog meaning in agile",
                        "whats the best prototyping tool, figma or sketch",
                        "can you recommend a good agile book",
                        "how do i write a good user manual")) {
            if (bot.faq.ask(DiscordQuestions.of(candidate, 1, 0)).band() == Band.SUGGEST) {
                return candidate;
            }
        }
        throw new AssertionError("no candidate question lands in the SUGGEST band");
    }
}
