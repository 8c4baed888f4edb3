package dev.tpmfaqbot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.TestFolders;
import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Band;
import dev.tpmfaqbot.answer.Platform;
import dev.tpmfaqbot.answer.ProjectAnswerer;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.runtime.Core;
import dev.tpmfaqbot.store.DatabaseUrl;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A did-you-mean topic clicked is recorded with the question it answered; other topics opened are
 * not.
 */
class SuggestionClicksTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void onlyAClickOnATopicOfferedToThatAskerIsRecordedOnce() throws Exception {
        Path file = TestFolders.newFolder("suggestion-clicks").resolve("state.db");
        try (Store store = Stores.open(DatabaseUrl.parse("sqlite:" + file, file))) {
            FaqService faq =
                    Core.over(ProjectAnswerer.get(), store, Clock.fixed(NOW, ZoneOffset.UTC)).faq();
            Answer answer = faq.ask(new Question("tpm okr", "U1", "C1", Platform.SLACK));
            assertEquals(
                    Band.SUGGEST,
                    answer.band(),
                    "the example needs a did-you-mean answer: " + answer);
            String offered = answer.suggestions().get(0).key();

            faq.topicOpened(Platform.SLACK, "U2", offered); // someone else
            faq.topicOpened(Platform.DISCORD, "U1", offered); // the same id on another platform
            faq.topicOpened(Platform.SLACK, "U1", "faq:not-offered"); // a topic not offered
            faq.topicOpened(Platform.SLACK, "U1", offered);
            faq.topicOpened(Platform.SLACK, "U1", offered); // the offer is used up
            faq.close();

            assertEquals(
                    List.of(new Store.ClickCount("tpm okr", offered, 1, NOW)),
                    store.traffic(NOW.minusSeconds(60)).clicks());
            List<Store.DayBand> perDay = store.traffic(NOW.minusSeconds(60)).perDay();
            assertEquals(
                    List.of(new Store.DayBand(NOW.getEpochSecond() / 86_400, "suggest", 1)),
                    perDay,
                    "the band is recorded");
        }
    }

    @Test
    void aHelpfulAnswerRightAfterANotHelpfulOneIsEvidenceForTheQuestion() throws Exception {
        Path file = TestFolders.newFolder("suggestion-clicks").resolve("state.db");
        try (Store store = Stores.open(DatabaseUrl.parse("sqlite:" + file, file))) {
            FaqService faq =
                    Core.over(ProjectAnswerer.get(), store, Clock.fixed(NOW, ZoneOffset.UTC)).faq();
            Answer first =
                    faq.ask(new Question("how much do tpms make", "U1", "C1", Platform.DISCORD));
            assertTrue(first.isAnswered(), first.toString());
            faq.feedback(
                    "faq:tpm-salary-other",
                    true,
                    Platform.DISCORD,
                    "U1"); // helpful, with nothing marked unhelpful before
            faq.feedback(first.key(), false, Platform.DISCORD, "U2"); // someone else's
            faq.feedback(first.key(), false, Platform.DISCORD, "U1");
            faq.ask(new Question("tpm pay ranges", "U1", "C1", Platform.DISCORD));
            faq.feedback(
                    first.key(), true, Platform.DISCORD, "U1"); // the same key: not a better one
            faq.feedback("faq:tpm-skills", true, Platform.DISCORD, "U1");
            faq.feedback("faq:tpm-roadmap", true, Platform.DISCORD, "U1"); // used up
            faq.close();

            assertEquals(
                    List.of(
                            new Store.ClickCount(
                                    "how much do tpms make", "faq:tpm-skills", 1, NOW, 1)),
                    store.traffic(NOW.minusSeconds(60)).clicks());
        }
    }

    @Test
    void explainingRecordsNothing() throws Exception {
        Path file = TestFolders.newFolder("suggestion-clicks").resolve("state.db");
        try (Store store = Stores.open(DatabaseUrl.parse("sqlite:" + file, file))) {
            FaqService faq =
                    Core.over(ProjectAnswerer.get(), store, Clock.fixed(NOW, ZoneOffset.UTC)).faq();
            assertEquals("faq:what-is-a-tpm", faq.explain("what is a tpm").answer().key());
            assertFalse(faq.explain("what is a tpm").candidates().isEmpty());
            faq.close();
            assertTrue(store.traffic(Instant.EPOCH).perDay().isEmpty());
        }
    }
}
