package dev.tpmfaqbot.slack;

import static dev.tpmfaqbot.slack.SlackBlocks.actionIds;
import static dev.tpmfaqbot.slack.SlackBlocks.allText;
import static dev.tpmfaqbot.slack.SlackBlocks.assertNoMentions;
import static dev.tpmfaqbot.slack.SlackBlocks.assertWithinLimits;
import static dev.tpmfaqbot.slack.SlackBlocks.blocks;
import static dev.tpmfaqbot.slack.SlackBlocks.types;
import static dev.tpmfaqbot.slack.SlackWorld.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tpmfaqbot.slack.fake.FakeSlackApi;
import dev.tpmfaqbot.slack.fake.FakeSlackApi.Call;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /tpm} over signed HTTP to /slack/events: acknowledged empty, answered privately through
 * the response_url.
 */
@Timeout(30)
class SlackSlashCommandsTest {
    @RegisterExtension final SlackWorld world = new SlackWorld();

    private Call ask(String text) throws InterruptedException {
        HttpResponse<String> ack =
                world.slack()
                        .post(world.signer.slashCommand("/tpm", text, world.api.responseUrl("r")));
        assertEquals(200, ack.statusCode());
        assertEquals("", ack.body(), "the ack shows nothing; the answer follows");
        Call reply = world.api.awaitCalls(FakeSlackApi.RESPONSE_URL, 1, WAIT).get(0);
        assertEquals("ephemeral", reply.param("response_type"));
        assertFalse(reply.param("text").isBlank(), "a plain text fallback");
        assertWithinLimits(blocks(reply));
        assertNoMentions(reply);
        return reply;
    }

    @Test
    void askGivesAPrivateAnswerWithShareAndFeedbackButtons() throws Exception {
        JsonNode blocks = blocks(ask("ask what is a tpm"));

        assertEquals("header", types(blocks).get(0));
        assertEquals(
                world.faq.open("faq:what-is-a-tpm").orElseThrow().title(),
                blocks.get(0).path("text").path("text").asText());
        assertTrue(
                actionIds(blocks)
                        .containsAll(
                                java.util.List.of(
                                        "tpm_feedback_helpful",
                                        "tpm_feedback_unhelpful",
                                        "tpm_share")));
        assertTrue(allText(blocks).contains("Sources: "));
        assertTrue(actionIds(blocks).contains("tpm_open_0"), "related topics as buttons");
    }

    @Test
    void aBareQuestionIsAsked() throws Exception {
        JsonNode blocks = blocks(ask("does a tpm need to code"));

        assertEquals("Does a TPM need to code?", blocks.get(0).path("text").path("text").asText());
    }

    @Test
    void compareShowsTwoColumnsOneRowPerDimension() throws Exception {
        JsonNode blocks = blocks(ask("compare pm"));

        int dimensions = world.faq.content().dimensions().size();
        int twoColumnRows = 0;
        for (JsonNode block : blocks) {
            if (block.path("fields").size() == 2) {
                twoColumnRows++;
            }
        }
        assertEquals(dimensions + 1, twoColumnRows, "a heading row, then one per dimension");
        assertEquals(
                world.faq.open("compare:pm:tpm").orElseThrow().title(),
                blocks.get(0).path("text").path("text").asText());
        assertFalse(
                allText(blocks).contains("- Product manager:"),
                "the lists written for other platforms are left out");
    }

    @Test
    void compareReadsRoleNamesOfSeveralWords() throws Exception {
        JsonNode blocks = blocks(ask("compare product manager program manager"));

        assertEquals(
                world.faq.open("compare:pm:program-manager").orElseThrow().title(),
                blocks.get(0).path("text").path("text").asText());
    }

    @Test
    void anUnknownRoleGetsTheValidNamesNotAnError() throws Exception {
        JsonNode blocks = blocks(ask("compare astronaut"));

        String text = allText(blocks);
        assertTrue(text.contains("astronaut") && text.contains("I know:"), text);
        assertTrue(text.contains("tpm") && text.contains("pm"));
    }

    @Test
    void defineGivesTheGlossaryEntry() throws Exception {
        JsonNode blocks = blocks(ask("define backlog"));

        assertEquals(
                world.faq.open("term:backlog").orElseThrow().title(),
                blocks.get(0).path("text").path("text").asText());
    }

    @Test
    void aMisspelledTermGetsTheClosestAsButtons() throws Exception {
        JsonNode blocks = blocks(ask("define backlgo"));

        assertTrue(actionIds(blocks).contains("tpm_suggest_0"), blocks.toString());
        assertTrue(blocks.toString().contains("\"value\":\"term:backlog\""), blocks.toString());
        assertFalse(actionIds(blocks).contains("tpm_share"), "nothing worth sharing");
    }

    @Test
    void topicsListsEverythingWithAMenu() throws Exception {
        JsonNode blocks = blocks(ask("topics"));

        assertTrue(actionIds(blocks).contains("tpm_topic"));
        int options = 0;
        for (JsonNode group : blocks.get(1).path("accessory").path("option_groups")) {
            options += group.path("options").size();
        }
        assertEquals(world.faq.topics().size(), options);
        assertTrue(allText(blocks).contains(world.faq.open("term:backlog").orElseThrow().title()));
    }

    @Test
    void helpAndAnEmptyCommandExplainTheCommands() throws Exception {
        String help = allText(blocks(ask("help")));
        world.api.clearCalls();
        String empty = allText(blocks(ask("")));

        assertTrue(help.contains("/tpm compare ROLE [ROLE]"), help);
        assertEquals(help, empty);
    }

    @Test
    void whatAUserTypedCannotMentionAnyone() throws Exception {
        Call reply = ask("compare <!channel> @here <@U123> <!subteam^S0TEAM> @everyone");

        assertTrue(
                allText(blocks(reply)).contains("&lt;!channel&gt;"),
                "shown, escaped: " + allText(blocks(reply)));
        world.api.clearCalls();
        ask("define &lt;!here&gt; &lt;@U123|bob&gt;");
    }

    @Test
    void aTypedNameIsShownAsTypedNotAsAMaskedLink() throws Exception {
        String text =
                allText(blocks(ask("define [Reset your password](https://evil.example/login)")));

        assertTrue(text.contains("\"[Reset your password](https://evil.example/login)\""), text);
        assertFalse(
                text.contains("|Reset your password>"), "a Slack link hides its address: " + text);
    }
}
