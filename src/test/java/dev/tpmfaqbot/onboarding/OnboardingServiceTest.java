package dev.tpmfaqbot.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.answer.Platform;
import dev.tpmfaqbot.answer.ProjectAnswerer;
import dev.tpmfaqbot.runtime.Core;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.store.ForwardingStore;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.StoreException;
import dev.tpmfaqbot.store.StoreReads;
import dev.tpmfaqbot.store.Stores;
import dev.tpmfaqbot.testing.CapturedLogs;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Onboarding on a real SQLite store: welcomes once, the series in order, across restarts. */
class OnboardingServiceTest {
    private static final Instant MONDAY_TEN = Instant.parse("2026-11-23T10:00:00Z");
    private static final Schedule DAILY_AT_TEN =
            new Schedule(LocalTime.of(10, 0), EnumSet.allOf(DayOfWeek.class), ZoneOffset.UTC);
    private static final ChannelRef CHANNEL = new ChannelRef("T1", "C-onboarding");

    @TempDir Path dir;

    private OnboardingService onboarding(Store store) {
        Clock clock = Clock.fixed(MONDAY_TEN, ZoneOffset.UTC);
        return Core.over(ProjectAnswerer.get(), store, clock).onboarding();
    }

    private Store store() throws Exception {
        return Stores.open("sqlite:" + dir.resolve("state.db"), dir.resolve("unused.db"));
    }

    @Test
    void aNewcomerIsWelcomedOnceWithTheStarterTopics() throws Exception {
        try (Store store = store()) {
            OnboardingService onboarding = onboarding(store);
            Welcome welcome =
                    onboarding.claimWelcome(Platform.SLACK, "T1", "C1", "U1").orElseThrow();
            assertTrue(welcome.text().contains("Welcome"));
            assertEquals("faq:what-is-a-tpm", welcome.starterTopics().get(0).key());
            assertEquals(
                    Optional.empty(),
                    onboarding.claimWelcome(Platform.SLACK, "T1", "C1", "U1"),
                    "a redelivered join");
            onboarding.welcomeNotSent(Platform.SLACK, "T1", "C1", "U1");
            assertTrue(
                    onboarding.claimWelcome(Platform.SLACK, "T1", "C1", "U1").isPresent(),
                    "after a failed send it may be retried");
        }
    }

    @Test
    void aMemberWhoJoinsWhileTheDatabaseIsDownIsWelcomedOnceItIsBack() throws Exception {
        AtomicInteger claims = new AtomicInteger();
        CopyOnWriteArrayList<Welcome> sent = new CopyOnWriteArrayList<>();
        try (Store store =
                new ForwardingStore(store()) {
                    @Override
                    public boolean claimDelivery(Delivery delivery) {
                        if (claims.incrementAndGet() <= 2) {
                            throw new StoreException(
                                    "claiming an onboarding delivery",
                                    new SQLException("Connection refused"));
                        }
                        return super.claimDelivery(delivery);
                    }
                }) {
            OnboardingService onboarding = onboarding(store);
            onboarding.welcome(Platform.SLACK, "T1", "C1", "U1", sent::add);
            for (int i = 0; i < 500 && sent.isEmpty(); i++) {
                Thread.sleep(20);
            }
            assertEquals(1, sent.size(), "welcomed after the outage");
            onboarding.welcome(Platform.SLACK, "T1", "C1", "U1", sent::add);
            assertEquals(1, sent.size(), "and only once");
        }
    }

    @Test
    void theSeriesPostsOneStepPerSlotInOrderAndResumesAfterARestart() throws Exception {
        List<String> posted = new ArrayList<>();
        SeriesPoster poster = (channel, explainer) -> posted.add(explainer.key());
        try (Store store = store()) {
            ExplainerSeries series =
                    onboarding(store)
                            .series(Platform.SLACK, List.of(CHANNEL), DAILY_AT_TEN, poster);
            assertEquals(1, series.postSlot(MONDAY_TEN));
            assertEquals(0, series.postSlot(MONDAY_TEN), "one step per slot");
            assertEquals(1, series.postSlot(MONDAY_TEN.plus(Duration.ofDays(1))));
        }
        try (Store reopened = store()) {
            ExplainerSeries series =
                    onboarding(reopened)
                            .series(Platform.SLACK, List.of(CHANNEL), DAILY_AT_TEN, poster);
            assertEquals(1, series.postSlot(MONDAY_TEN.plus(Duration.ofDays(2))));
        }
        List<String> expected = ProjectAnswerer.get().content().onboarding().series().subList(0, 3);
        assertEquals(expected, posted);
    }

    @Test
    void closingWaitsForAPostInProgressInsteadOfInterruptingIt() throws Exception {
        CountDownLatch posting = new CountDownLatch(1);
        List<String> posted = new CopyOnWriteArrayList<>();
        SeriesPoster slow =
                (channel, explainer) -> {
                    posting.countDown();
                    Thread.sleep(300);
                    posted.add(explainer.key());
                };
        Schedule now =
                new Schedule(LocalTime.of(10, 0), EnumSet.allOf(DayOfWeek.class), ZoneOffset.UTC);
        try (Store store = store()) {
            ExplainerSeries series =
                    onboarding(store).series(Platform.SLACK, List.of(CHANNEL), now, slow);
            series.start();
            assertTrue(
                    posting.await(5, TimeUnit.SECONDS),
                    "the missed 10:00 slot is caught up at start");
            series.close();
            assertEquals(List.of("faq:what-is-a-tpm"), posted, "the post in progress finished");
            assertEquals(
                    1,
                    StoreReads.seriesStepsPosted(
                            store, "slack", CHANNEL.workspace(), CHANNEL.channel()),
                    "and counts as posted");
        }
    }

    @Test
    void aStepThatFailedToPostIsPostedAtTheNextSlot() throws Exception {
        List<String> posted = new ArrayList<>();
        boolean[] down = {true};
        SeriesPoster flaky =
                (channel, explainer) -> {
                    if (down[0]) {
                        throw new IllegalStateException("platform unavailable");
                    }
                    posted.add(explainer.key());
                };
        try (Store store = store()) {
            ExplainerSeries series =
                    onboarding(store).series(Platform.SLACK, List.of(CHANNEL), DAILY_AT_TEN, flaky);
            assertEquals(0, series.postSlot(MONDAY_TEN));
            down[0] = false;
            assertEquals(1, series.postSlot(MONDAY_TEN.plus(Duration.ofDays(1))));
            assertEquals(List.of("faq:what-is-a-tpm"), posted);
        }
    }

    @Test
    void aPostThatTimedOutKeepsItsClaimAndIsNotPostedAgain() throws Exception {
        List<String> posted = new ArrayList<>();
        boolean[] timesOut = {true};
        SeriesPoster slowPlatform =
                (channel, explainer) -> {
                    if (timesOut[0]) {
                        throw new IOException(
                                "chat.postMessage failed", new SocketTimeoutException("timeout"));
                    }
                    posted.add(explainer.key());
                };
        try (Store store = store()) {
            ExplainerSeries series =
                    onboarding(store)
                            .series(Platform.SLACK, List.of(CHANNEL), DAILY_AT_TEN, slowPlatform);
            assertEquals(0, series.postSlot(MONDAY_TEN));
            assertEquals(
                    1,
                    StoreReads.seriesStepsPosted(
                            store, "slack", CHANNEL.workspace(), CHANNEL.channel()),
                    "it may be in the channel");
            timesOut[0] = false;
            assertEquals(1, series.postSlot(MONDAY_TEN.plus(Duration.ofDays(1))));
        }
        assertEquals(
                List.of(ProjectAnswerer.get().content().onboarding().series().get(1)),
                posted,
                "the next step, not the first again");
    }

    @Test
    void aSlotThatFailsIsLoggedAndTheNextSlotStillRuns() throws Exception {
        CopyOnWriteArrayList<String> posted = new CopyOnWriteArrayList<>();
        AtomicInteger claims = new AtomicInteger();
        try (CapturedLogs logs = new CapturedLogs(ExplainerSeries.class);
                Store store =
                        new ForwardingStore(store()) {
                            @Override
                            public Optional<Integer> claimNextSeriesStep(
                                    String platform,
                                    String workspace,
                                    String channel,
                                    Instant slot,
                                    int steps) {
                                if (claims.incrementAndGet() <= 2) {
                                    throw new IllegalStateException("database not reachable");
                                }
                                return super.claimNextSeriesStep(
                                        platform, workspace, channel, slot, steps);
                            }
                        }) {
            FaqService faq =
                    Core.over(ProjectAnswerer.get(), store, Clock.fixed(MONDAY_TEN, ZoneOffset.UTC))
                            .faq();
            ExplainerSeries series =
                    new OnboardingService(faq, store, new DayPerReadingClock(MONDAY_TEN))
                            .series(
                                    Platform.SLACK,
                                    List.of(CHANNEL),
                                    DAILY_AT_TEN,
                                    (channel, explainer) -> posted.add(explainer.key()));
            series.start();
            for (int i = 0; i < 500 && posted.isEmpty(); i++) {
                Thread.sleep(20);
            }
            series.close();
            assertEquals(
                    ProjectAnswerer.get().content().onboarding().series().get(0), posted.get(0));
            assertTrue(
                    logs.contains(
                            "slot failed (database not reachable); the next slot is still scheduled"),
                    logs.lines().toString());
        }
    }

    /**
     * A clock a day further on each time it is read: every slot is due as soon as it is scheduled.
     */
    private static final class DayPerReadingClock extends Clock {
        private final AtomicReference<Instant> now;

        DayPerReadingClock(Instant start) {
            now = new AtomicReference<>(start.minus(Duration.ofDays(1)));
        }

        @Override
        public Instant instant() {
            return now.updateAndGet(t -> t.plus(Duration.ofDays(1)));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
