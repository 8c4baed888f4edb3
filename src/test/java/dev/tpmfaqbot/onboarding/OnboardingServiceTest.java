package dev.tpmfaqbot.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.answer.ProjectAnswerer;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.service.LiveAnswerer;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Onboarding on a real SQLite store: welcomes once, the series in order, across restarts. */
class OnboardingServiceTest {
    private static final Instant MONDAY_TEN = Instant.parse("2026-11-23T10:00:00Z");
    private static final Schedule DAILY_AT_TEN = new Schedule(LocalTime.of(10, 0), EnumSet.allOf(DayOfWeek.class), ZoneOffset.UTC);
    private static final ChannelRef CHANNEL = new ChannelRef("T1", "C-onboarding");

    @TempDir
    Path dir;

    private OnboardingService onboarding(Store store) {
        Clock clock = Clock.fixed(MONDAY_TEN, ZoneOffset.UTC);
        FaqService faq = new FaqService(new LiveAnswerer(ProjectAnswerer.get()), store, clock);
        return new OnboardingService(faq, store, clock);
    }

    private Store store() throws Exception {
        return Stores.open("sqlite:" + dir.resolve("state.db"), dir.resolve("unused.db"));
    }

    @Test
    void aNewcomerIsWelcomedOnceWithTheStarterTopics() throws Exception {
        try (Store store = store()) {
            OnboardingService onboarding = onboarding(store);
            Welcome welcome = onboarding.claimWelcome("slack", "T1", "C1", "U1").orElseThrow();
            assertTrue(welcome.text().contains("Welcome"));
            assertEquals("faq:what-is-a-tpm", welcome.starterTopics().get(0).key());
            assertEquals(Optional.empty(), onboarding.claimWelcome("slack", "T1", "C1", "U1"), "a redelivered join");
            onboarding.welcomeNotSent("slack", "T1", "C1", "U1");
            assertTrue(onboarding.claimWelcome("slack", "T1", "C1", "U1").isPresent(), "after a failed send it may be retried");
        }
    }

    @Test
    void theSeriesPostsOneStepPerSlotInOrderAndResumesAfterARestart() throws Exception {
        List<String> posted = new ArrayList<>();
        SeriesPoster poster = (channel, explainer) -> posted.add(explainer.key());
        try (Store store = store()) {
            ExplainerSeries series = onboarding(store).series("slack", List.of(CHANNEL), DAILY_AT_TEN, poster);
            assertEquals(1, series.postSlot(MONDAY_TEN));
            assertEquals(0, series.postSlot(MONDAY_TEN), "one step per slot");
            assertEquals(1, series.postSlot(MONDAY_TEN.plus(Duration.ofDays(1))));
        }
        try (Store reopened = store()) {
            ExplainerSeries series = onboarding(reopened).series("slack", List.of(CHANNEL), DAILY_AT_TEN, poster);
            assertEquals(1, series.postSlot(MONDAY_TEN.plus(Duration.ofDays(2))));
        }
        List<String> expected = ProjectAnswerer.get().content().onboarding().series().subList(0, 3);
        assertEquals(expected, posted);
    }

    @Test
    void closingWaitsForAPostInProgressInsteadOfInterruptingIt() throws Exception {
        java.util.concurrent.CountDownLatch posting = new java.util.concurrent.CountDownLatch(1);
        List<String> posted = new java.util.concurrent.CopyOnWriteArrayList<>();
        SeriesPoster slow = (channel, explainer) -> {
            posting.countDown();
            Thread.sleep(300);
            posted.add(explainer.key());
        };
        Schedule now = new Schedule(LocalTime.of(10, 0), EnumSet.allOf(DayOfWeek.class), ZoneOffset.UTC);
        try (Store store = store()) {
            ExplainerSeries series = onboarding(store).series("slack", List.of(CHANNEL), now, slow);
            series.start();
            assertTrue(posting.await(5, java.util.concurrent.TimeUnit.SECONDS), "the missed 10:00 slot is caught up at start");
            series.close();
            assertEquals(List.of("faq:what-is-a-tpm"), posted, "the post in progress finished");
            assertEquals(1, store.seriesStepsPosted("slack", CHANNEL.workspace(), CHANNEL.channel()), "and counts as posted");
        }
    }

    @Test
    void aStepThatFailedToPostIsPostedAtTheNextSlot() throws Exception {
        List<String> posted = new ArrayList<>();
        boolean[] down = {true};
        SeriesPoster flaky = (channel, explainer) -> {
            if (down[0]) {
                throw new IllegalStateException("platform unavailable");
            }
            posted.add(explainer.key());
        };
        try (Store store = store()) {
            ExplainerSeries series = onboarding(store).series("slack", List.of(CHANNEL), DAILY_AT_TEN, flaky);
            assertEquals(0, series.postSlot(MONDAY_TEN));
            down[0] = false;
            assertEquals(1, series.postSlot(MONDAY_TEN.plus(Duration.ofDays(1))));
            assertEquals(List.of("faq:what-is-a-tpm"), posted);
        }
    }
}
