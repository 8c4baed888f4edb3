package dev.tpmfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tpmfaqbot.ContentCopy;
import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.discord.fake.DiscordWorld;
import dev.tpmfaqbot.discord.fake.FakeDiscord;
import dev.tpmfaqbot.discord.fake.FakeGuild;
import dev.tpmfaqbot.discord.fake.FakeInteraction;
import dev.tpmfaqbot.discord.fake.FakeUser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** /tpm and its subcommands, end to end through the real JDA against the fake Discord. */
@Timeout(60)
class DiscordSlashCommandsTest {
    private static final int EPHEMERAL = 64;

    private final FakeUser alice = FakeUser.human("alice");
    private final FakeGuild guild = FakeGuild.create("TPM Guild", alice);
    @RegisterExtension final DiscordLoopback loopback = new DiscordLoopback(DiscordWorld.of(guild));
    private final FakeDiscord discord = loopback.discord();
    private DiscordBot bot;

    @Test
    void registersTheCommandGloballyOnEveryStartWithTheSameBody() throws Exception {
        bot = loopback.start();
        JsonNode first = discord.rest().awaitRequest("PUT", "applications/\\d+/commands").body();
        bot.close();
        bot = loopback.start();
        List<JsonNode> puts =
                bulk(discord.rest().awaitRequests("PUT", "applications/\\d+/commands", 2));

        assertEquals(first, puts.get(1), "the same set is written again: idempotent");
        assertEquals(2, first.size(), "/tpm and the message command");
        JsonNode tpm = first.get(0);
        assertEquals("tpm", tpm.path("name").asText());
        List<String> subcommands = new ArrayList<>();
        tpm.path("options").forEach(o -> subcommands.add(o.path("name").asText()));
        assertEquals(List.of("ask", "compare", "define", "topics", "help"), subcommands);
        JsonNode compare = tpm.path("options").get(1);
        assertTrue(
                compare.path("options").get(0).path("autocomplete").asBoolean(),
                "role autocompletes");
        assertTrue(
                compare.path("options").get(1).path("autocomplete").asBoolean(),
                "other autocompletes");
        assertTrue(
                tpm.path("options").get(2).path("options").get(0).path("autocomplete").asBoolean(),
                "term autocompletes");
        assertEquals(0, discord.rest().requests("PUT", "applications/\\d+/guilds/.*").size());
    }

    @Test
    void registersOnOneGuildWhenToldTo() throws Exception {
        bot = loopback.start(Map.of("DISCORD_GUILD_ID", Long.toUnsignedString(guild.id())));

        JsonNode body =
                discord.rest()
                        .awaitRequest("PUT", "applications/\\d+/guilds/" + guild.id() + "/commands")
                        .body();
        assertEquals("tpm", body.get(0).path("name").asText());
        assertEquals(0, discord.rest().requests("PUT", "applications/\\d+/commands").size());
    }

    @Test
    void askAnswersPrivatelyWithAnEmbedAndButtons() throws Exception {
        bot = loopback.start();
        Answer expected = bot.faq.ask(DiscordQuestions.of("what is a tpm", alice.id(), 0));

        FakeInteraction ask =
                discord.gateway()
                        .sendSlashCommand(
                                guild, alice, "tpm ask", Map.of("question", "what is a tpm"));

        JsonNode callback = discord.rest().awaitCallback(ask).body();
        assertEquals(4, callback.path("type").asInt(), "a reply, not deferred");
        JsonNode message = callback.path("data");
        assertEquals(
                EPHEMERAL, message.path("flags").asInt() & EPHEMERAL, "only the asker sees it");
        JsonNode embed = Payloads.firstEmbed(message);
        assertEquals("What is a technical product manager?", embed.path("title").asText());
        assertEquals(expected.title(), embed.path("title").asText());
        assertTrue(embed.path("description").asText().startsWith(expected.text().substring(0, 40)));
        assertTrue(
                embed.path("footer").path("text").asText().startsWith("Sources: "),
                embed.toString());
        List<String> ids = Payloads.buttonIds(message);
        expected.followUps()
                .forEach(f -> assertTrue(ids.contains("open:" + f.key()), "follow-up " + f.key()));
        assertTrue(
                ids.containsAll(
                        List.of(
                                "helpful:faq:what-is-a-tpm",
                                "unhelpful:faq:what-is-a-tpm",
                                "share:faq:what-is-a-tpm")),
                ids.toString());
        assertTrue(Payloads.buttonLabels(message).contains("Share in channel"));
        Payloads.pingsAtMost(message, 0);
        Payloads.withinDiscordLimits(message);
    }

    @Test
    void compareShowsOneInlineFieldPairPerDimension() throws Exception {
        bot = loopback.start();
        int dimensions = bot.faq.content().dimensions().size();

        FakeInteraction compare =
                discord.gateway()
                        .sendSlashCommand(guild, alice, "tpm compare", Map.of("role", "pm"));

        JsonNode message = discord.rest().awaitCallback(compare).body().path("data");
        JsonNode embed = Payloads.firstEmbed(message);
        assertEquals("Product manager vs technical product manager", embed.path("title").asText());
        assertTrue(
                !embed.path("description").asText().contains("**Focus**"),
                "the table is not repeated as text");
        List<JsonNode> named = new ArrayList<>();
        embed.path("fields")
                .forEach(
                        f -> {
                            assertTrue(f.path("inline").asBoolean());
                            if (!f.path("name").asText().equals("\u200B")) {
                                named.add(f);
                            }
                        });
        assertEquals(2 * dimensions, named.size());
        assertEquals("Main question owned · Product manager", named.get(0).path("name").asText());
        assertEquals(
                "Main question owned · Technical product manager",
                named.get(1).path("name").asText());
        assertTrue(named.get(1).path("value").asText().startsWith("How"), named.get(1).toString());
        Payloads.withinDiscordLimits(message);
    }

    @Test
    void compareWithTwoRolesAndAnUnknownRole() throws Exception {
        bot = loopback.start();

        FakeInteraction two =
                discord.gateway()
                        .sendSlashCommand(
                                guild,
                                alice,
                                "tpm compare",
                                Map.of("role", "project manager", "other", "program manager"));
        FakeInteraction unknown =
                discord.gateway()
                        .sendSlashCommand(guild, alice, "tpm compare", Map.of("role", "wizard"));

        JsonNode both = Payloads.firstEmbed(discord.rest().awaitCallback(two).body().path("data"));
        assertTrue(
                both.path("title").asText().toLowerCase().contains("program manager"),
                both.toString());
        JsonNode refused = discord.rest().awaitCallback(unknown).body().path("data");
        assertEquals("Unknown role", Payloads.firstEmbed(refused).path("title").asText());
        assertTrue(Payloads.firstEmbed(refused).path("description").asText().contains("tpm"));
        assertTrue(
                Payloads.buttonIds(refused).stream().noneMatch(id -> id.startsWith("helpful:")),
                "nothing to rate");
    }

    @Test
    void aTypedNameIsShownAsTypedNotAsAMaskedLink() throws Exception {
        bot = loopback.start();

        FakeInteraction define =
                discord.gateway()
                        .sendSlashCommand(
                                guild,
                                alice,
                                "tpm define",
                                Map.of(
                                        "term",
                                        "[Reset your password](https://evil.example/login)"));

        String description =
                Payloads.firstEmbed(discord.rest().awaitCallback(define).body().path("data"))
                        .path("description")
                        .asText();
        assertTrue(
                description.contains(
                        "\"\\[Reset your password\\]\\(https://evil.example/login\\)\""),
                "escaped, Discord shows the brackets instead of a link: " + description);
    }

    @Test
    void defineTopicsAndHelp() throws Exception {
        bot = loopback.start();

        FakeInteraction define =
                discord.gateway()
                        .sendSlashCommand(guild, alice, "tpm define", Map.of("term", "backlog"));
        FakeInteraction topics =
                discord.gateway().sendSlashCommand(guild, alice, "tpm topics", Map.of());
        FakeInteraction help =
                discord.gateway().sendSlashCommand(guild, alice, "tpm help", Map.of());

        JsonNode defined = discord.rest().awaitCallback(define).body().path("data");
        assertEquals("Backlog", Payloads.firstEmbed(defined).path("title").asText());
        assertTrue(Payloads.buttonIds(defined).contains("share:term:backlog"));
        JsonNode listed = discord.rest().awaitCallback(topics).body().path("data");
        String all =
                listed.path("embeds").findValuesAsText("description").stream()
                        .reduce("", String::concat);
        bot.faq.topics().forEach(t -> assertTrue(all.contains(t.title()), "lists " + t.title()));
        Payloads.withinDiscordLimits(listed);
        JsonNode helped = discord.rest().awaitCallback(help).body().path("data");
        assertTrue(Payloads.firstEmbed(helped).path("description").asText().contains("/tpm ask"));
        for (JsonNode message : List.of(defined, listed, helped)) {
            assertEquals(EPHEMERAL, message.path("flags").asInt() & EPHEMERAL);
            Payloads.pingsAtMost(message, 0);
        }
    }

    @Test
    void answersInADirectMessageToo() throws Exception {
        bot = loopback.start();

        FakeInteraction ask =
                discord.gateway()
                        .sendSlashCommand(
                                null,
                                alice,
                                "tpm ask",
                                Map.of("question", "project manager vs program manager"));

        JsonNode message = discord.rest().awaitCallback(ask).body().path("data");
        assertEquals(
                "compare:program-manager:project-manager",
                Payloads.buttonIds(message).stream()
                        .filter(id -> id.startsWith("share:"))
                        .findFirst()
                        .orElseThrow()
                        .substring("share:".length()));
    }

    @Test
    void aTwoThousandWordAnswerIsSplitOrTrimmedNeverRefused(@TempDir Path folder) throws Exception {
        bot = loopback.start();
        ContentCopy.ofShipped(folder);
        String paragraph =
                "A TPM keeps the build feasible by weighing technical effort and risk against value. ";
        StringBuilder body =
                new StringBuilder(
                        "A very long answer about release trains, from general industry practice.");
        for (int i = 0; i < 150; i++) {
            body.append(i % 10 == 0 ? "\n\n" : "").append(paragraph);
        }
        ContentCopy.write(
                folder,
                "entries/tpm-release-trains.md",
                """
                ---
                id: tpm-release-trains
                title: How does a TPM run a release train?
                questions:
                  - how does a tpm run a release train
                  - release train tpm
                  - what is a release train for a tpm
                  - tpm release train planning
                tags: [release]
                related: [faq:tpm-process]
                sources: [industry-practice]
                ---
                """
                        + body
                        + "\n");
        bot.content.swap(DiscordBot.load(folder));

        FakeInteraction ask =
                discord.gateway()
                        .sendSlashCommand(
                                guild,
                                alice,
                                "tpm ask",
                                Map.of("question", "how does a tpm run a release train"));

        JsonNode message = discord.rest().awaitCallback(ask).body().path("data");
        assertEquals(
                "How does a TPM run a release train?",
                Payloads.firstEmbed(message).path("title").asText());
        assertTrue(message.path("embeds").size() >= 2, "continued in a second embed");
        Payloads.withinDiscordLimits(message);
    }

    private static List<JsonNode> bulk(List<dev.tpmfaqbot.discord.fake.RecordedRequest> requests) {
        return requests.stream().map(dev.tpmfaqbot.discord.fake.RecordedRequest::body).toList();
    }
}
