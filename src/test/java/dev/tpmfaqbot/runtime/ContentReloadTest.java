package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.ContentCopy;
import dev.tpmfaqbot.Eventually;
import dev.tpmfaqbot.testing.CapturedLogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class ContentReloadTest {
    /** "Picked up within a few seconds." */
    private static final Duration PICKED_UP =
            Duration.ofSeconds(30); // a reload retrains the classifier: seconds on a busy machine

    private static final String ON_CALL =
            """
            ---
            id: tpm-on-call
            title: Does a TPM carry the pager?
            questions:
              - does a tpm carry the pager
              - is a tpm part of the on-call rotation
              - do tpms get paged at night
              - pager duty for technical product managers
            tags: [operations]
            related: [faq:tpm-responsibilities]
            sources: [industry-practice]
            ---
            Rarely: in general industry practice, the pager belongs to the engineers who run the service.

            A TPM follows incidents that touch their product and helps decide what to fix afterwards.
            """;

    @TempDir Path folder;
    private Path faq;
    private Bot bot;
    private CapturedLogs logs;

    @BeforeEach
    void start() throws Exception {
        faq = ContentCopy.of(Path.of("faq"), folder.resolve("faq"));
        logs = new CapturedLogs(ContentReloader.class);
        // the test polls /api/ask every 25 ms while a reload retrains: more than the default limit
        // per client
        bot =
                Bots.start(
                                Map.of(
                                        CoreSettings.FAQ_DIR,
                                        faq.toString(),
                                        HttpSettings.API_RATE_LIMIT,
                                        "100000"))
                        .bot();
    }

    @AfterEach
    void stop() {
        bot.stop();
        logs.close();
    }

    @Test
    void aNewEntryIsAnsweredWithinSeconds() throws Exception {
        assertNotEquals("faq:tpm-on-call", key("does a tpm carry the pager"));
        Files.writeString(faq.resolve("entries/tpm-on-call.md"), ON_CALL);
        Duration took =
                Eventually.within(
                        PICKED_UP,
                        "the new entry answered",
                        () -> key("does a tpm carry the pager").equals("faq:tpm-on-call"));
        System.out.println("reload picked up and served in " + took.toMillis() + " ms");
        assertTrue(logs.contains("content reloaded: 32 FAQ entries"), logs.lines().toString());
    }

    @Test
    void aBadEditKeepsTheLastGoodContentAndLogsEveryProblemWithFileAndLine() throws Exception {
        Path salary = faq.resolve("entries/tpm-salary.md");
        String good = Files.readString(salary);
        Files.writeString(
                salary,
                good.replace("related: [", "related: [faq:no-such-entry, ")
                        .replace("sources: [", "sources: [no-such-source, "));
        Eventually.within(
                PICKED_UP,
                "both problems logged with their file",
                () ->
                        logs.lines().stream().filter(line -> line.contains(salary + ":")).count()
                                >= 2);
        assertTrue(
                logs.contains("change rejected, still serving the last good content: 2 problem(s)"),
                logs.lines().toString());
        assertTrue(
                logs.lines().stream()
                        .anyMatch(
                                line ->
                                        line.matches(
                                                "WARN +.*tpm-salary\\.md:\\d+: .*no-such-entry.*")),
                logs.lines().toString());
        assertEquals("faq:tpm-salary", key("how much does a tpm make"), "still served");

        Files.writeString(faq.resolve("entries/tpm-on-call.md"), ON_CALL);
        Thread.sleep(1500);
        assertEquals("faq:tpm-salary", key("how much does a tpm make"));
        assertNotEquals(
                "faq:tpm-on-call",
                key("does a tpm carry the pager"),
                "nothing from an invalid folder is served");

        Files.writeString(salary, good);
        Eventually.within(
                PICKED_UP,
                "the fixed folder served",
                () -> key("does a tpm carry the pager").equals("faq:tpm-on-call"));
    }

    @Test
    void aDeletedEntryIsNoLongerAnswered() throws Exception {
        assertEquals("faq:tpm-salary", key("how much does a tpm make"));
        // the questions asked about it go too: asked.yml may name only keys that exist
        Path asked = faq.resolve("asked.yml");
        Files.writeString(
                asked,
                Files.readString(asked).replaceAll("(?m)^faq:tpm-salary:\\n(  - .*\\n)*", ""));
        Files.delete(faq.resolve("entries/tpm-salary.md"));
        Eventually.within(
                PICKED_UP,
                "the deleted entry gone",
                () -> !key("how much does a tpm make").equals("faq:tpm-salary"));
        assertTrue(logs.contains("content reloaded: 30 FAQ entries"), logs.lines().toString());
    }

    private String key(String question) throws Exception {
        return Http.json(Http.ask(bot.port(), question)).get("key").asText();
    }
}
