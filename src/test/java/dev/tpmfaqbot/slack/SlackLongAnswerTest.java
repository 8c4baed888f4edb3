package dev.tpmfaqbot.slack;

import static dev.tpmfaqbot.slack.SlackBlocks.allText;
import static dev.tpmfaqbot.slack.SlackBlocks.assertWithinLimits;
import static dev.tpmfaqbot.slack.SlackBlocks.blocks;
import static dev.tpmfaqbot.slack.SlackWorld.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tpmfaqbot.slack.fake.FakeSlackApi.Call;
import dev.tpmfaqbot.slack.fake.SlackPayloads;
import dev.tpmfaqbot.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2,000-word entry in the content, asked for in a mention: split over sections, within Slack's
 * limits.
 */
@Timeout(60)
class SlackLongAnswerTest {

    @Test
    void aTwoThousandWordAnswerArrivesWithinLimits(@TempDir Path folder) throws Exception {
        Path content = copyOfContent(folder);
        Files.writeString(content.resolve("entries/tpm-long-history.md"), longEntry(2000));

        try (Store store = SlackWorld.sqlite();
                SlackWorld world =
                        new SlackWorld(
                                store,
                                Clock.fixed(SlackWorld.QUIET_TIME, ZoneOffset.UTC),
                                content)) {
            SlackWorld.Running slack = world.start();
            slack.post(
                    world.signer.appMention(
                            SlackPayloads.CHANNEL_ID,
                            SlackPayloads.USER_ID,
                            "<@U0BOT> tell me the long history of the tpm role"));

            Call post = world.api.awaitCalls("chat.postMessage", 1, WAIT).get(0);
            JsonNode blocks = blocks(post);
            assertWithinLimits(blocks);
            assertEquals(
                    "The long history of the TPM role",
                    blocks.get(0).path("text").path("text").asText());
            assertTrue(SlackBlocks.types(blocks).stream().filter("section"::equals).count() >= 5);
            assertTrue(allText(blocks).contains("word1999"), "split, not cut");
            assertTrue(post.param("text").length() <= 3000);
        }
    }

    private static String longEntry(int words) {
        StringBuilder body =
                new StringBuilder(
                        """
                ---
                id: tpm-long-history
                title: The long history of the TPM role
                questions:
                  - tell me the long history of the tpm role
                  - where does the tpm role come from historically
                  - history of technical product management in depth
                  - how did the tpm job evolve over the decades
                tags: [history]
                related: [faq:what-is-a-tpm]
                sources: [chisel]
                ---
                It grew out of product management as products became more technical.

                """);
        for (int i = 1; i <= words; i++) {
            body.append(i % 15 == 1 ? "- **Point " + i + "** " : "")
                    .append("word")
                    .append(i)
                    .append(i % 15 == 0 ? "\n" : " ");
            if (i % 150 == 0) {
                body.append("\n");
            }
        }
        return body.toString();
    }

    private static Path copyOfContent(Path folder) throws IOException {
        Path source = Path.of("faq");
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(
                    file -> {
                        try {
                            Path target = folder.resolve(source.relativize(file).toString());
                            if (Files.isDirectory(file)) {
                                Files.createDirectories(target);
                            } else {
                                Files.copy(file, target);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
        return folder;
    }
}
