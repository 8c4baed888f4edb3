package dev.tpmfaqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.store.Store.AskedQuestion;
import dev.tpmfaqbot.store.Store.Delivery;
import dev.tpmfaqbot.store.Store.Feedback;
import dev.tpmfaqbot.store.Store.KeyCount;
import dev.tpmfaqbot.store.Store.KeyFeedback;
import dev.tpmfaqbot.store.Store.Recorded;
import dev.tpmfaqbot.store.Store.Report;
import dev.tpmfaqbot.store.Store.UnansweredGroup;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every store must do, run against each real database by a subclass. */
abstract class StoreContractTest {
    private static final Logger log = LoggerFactory.getLogger(StoreContractTest.class);
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final List<Store> opened = new CopyOnWriteArrayList<>();

    /** A DATABASE_URL naming an empty database (or schema) of its own. */
    abstract String newDatabaseUrl() throws Exception;

    abstract String databaseName();

    Store open(String url) throws StoreStartException {
        Store store = Stores.open(url, Path.of("no-default-expected.db"));
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(Store::close);
    }

    static Delivery welcome(String user) {
        return new Delivery("slack", "T1", "C1", user, "welcome", NOW);
    }

    @Test
    void aDeliveryIsClaimedOnce() throws Exception {
        Store store = open(newDatabaseUrl());

        assertFalse(StoreReads.isDelivered(store, welcome("U1")));
        assertTrue(store.claimDelivery(welcome("U1")));
        assertFalse(
                store.claimDelivery(
                        new Delivery("slack", "T1", "C1", "U1", "welcome", NOW.plusSeconds(5))),
                "a redelivered event must not welcome again");
        assertTrue(StoreReads.isDelivered(store, welcome("U1")));

        assertTrue(store.claimDelivery(welcome("U2")), "another user");
        assertTrue(
                store.claimDelivery(new Delivery("slack", "T1", "C1", "U1", "series:0", NOW)),
                "another step");
        assertTrue(
                store.claimDelivery(new Delivery("discord", "T1", "C1", "U1", "welcome", NOW)),
                "another platform");
        assertTrue(
                store.claimDelivery(new Delivery("slack", "T1", "C2", "U1", "welcome", NOW)),
                "another channel");
    }

    @Test
    void aReleasedDeliveryCanBeClaimedAgain() throws Exception {
        Store store = open(newDatabaseUrl());
        assertTrue(store.claimDelivery(welcome("U1")));
        store.releaseDelivery(welcome("U1"));
        assertFalse(
                StoreReads.isDelivered(store, welcome("U1")),
                "a send that failed gives its claim back");
        assertTrue(store.claimDelivery(welcome("U1")));
        assertFalse(store.claimDelivery(welcome("U1")));
    }

    @Test
    void aReleasedSeriesStepIsPostedAtTheNextSlot() throws Exception {
        Store store = open(newDatabaseUrl());
        Instant monday = NOW;
        Instant tuesday = NOW.plus(Duration.ofDays(1));
        assertEquals(Optional.of(0), store.claimNextSeriesStep("slack", "T1", "C1", monday, 3));
        store.releaseSeriesStep("slack", "T1", "C1", monday);
        assertEquals(0, StoreReads.seriesStepsPosted(store, "slack", "T1", "C1"));
        assertEquals(
                Optional.of(0),
                store.claimNextSeriesStep("slack", "T1", "C1", tuesday, 3),
                "the same step, later");
        assertEquals(Optional.empty(), store.claimNextSeriesStep("slack", "T1", "C1", tuesday, 3));
    }

    @Test
    void aChannelWideDeliveryWithoutUserIsAlsoClaimedOnce() throws Exception {
        Store store = open(newDatabaseUrl());

        assertTrue(store.claimDelivery(new Delivery("discord", "G1", "C1", null, "series:0", NOW)));
        assertFalse(
                store.claimDelivery(new Delivery("discord", "G1", "C1", null, "series:0", NOW)));
        assertFalse(store.claimDelivery(new Delivery("discord", "G1", "C1", "", "series:0", NOW)));
    }

    @Test
    void racingWritersOnTwoReplicasClaimEachDeliveryExactlyOnce() throws Exception {
        String url = newDatabaseUrl();
        List<Store> replicas = List.of(open(url), open(url));
        int deliveries = 100;
        int threadsPerReplica = 6;
        AtomicIntegerArray wins = new AtomicIntegerArray(deliveries);

        long millis =
                Race.run(
                        replicas.size() * threadsPerReplica,
                        thread -> {
                            Store replica = replicas.get(thread % replicas.size());
                            for (int i = 0; i < deliveries; i++) {
                                if (replica.claimDelivery(welcome("U" + i))) {
                                    wins.incrementAndGet(i);
                                }
                            }
                        });

        for (int i = 0; i < deliveries; i++) {
            assertEquals(1, wins.get(i), "winners of delivery " + i);
        }
        log.info(
                "{}: {} threads on 2 replicas raced for {} deliveries ({} claims): one winner each, {} ms",
                databaseName(),
                replicas.size() * threadsPerReplica,
                deliveries,
                deliveries * replicas.size() * threadsPerReplica,
                millis);
    }

    @Test
    void racingReplicasHandleEachChatDeliveryOnceUntilItsClaimExpires() throws Exception {
        String url = newDatabaseUrl();
        List<Store> replicas = List.of(open(url), open(url));
        int deliveries = 50;
        AtomicIntegerArray wins = new AtomicIntegerArray(deliveries);
        Instant expires = NOW.plus(Duration.ofHours(1));

        Race.run(
                replicas.size() * 4,
                thread -> {
                    Store replica = replicas.get(thread % replicas.size());
                    for (int i = 0; i < deliveries; i++) {
                        if (replica.claimOnce("slack:event:Ev" + i, NOW, expires)) {
                            wins.incrementAndGet(i);
                        }
                    }
                });

        for (int i = 0; i < deliveries; i++) {
            assertEquals(1, wins.get(i), "winners of delivery " + i);
        }
        Instant justBefore = expires.minusMillis(1);
        assertFalse(
                replicas.get(1)
                        .claimOnce(
                                "slack:event:Ev0",
                                justBefore,
                                justBefore.plus(Duration.ofHours(1))));
        assertTrue(
                replicas.get(1)
                        .claimOnce("slack:event:Ev0", expires, expires.plus(Duration.ofHours(1))),
                "expired: free again");
        assertFalse(
                replicas.get(0)
                        .claimOnce("slack:event:Ev0", expires, expires.plus(Duration.ofHours(1))));
    }

    @Test
    void aClaimSurvivesReopening() throws Exception {
        String url = newDatabaseUrl();
        Store first = open(url);
        assertTrue(first.claimDelivery(welcome("U1")));
        first.close();

        Store reopened = open(url);
        assertTrue(StoreReads.isDelivered(reopened, welcome("U1")));
        assertFalse(reopened.claimDelivery(welcome("U1")));
    }

    @Test
    void aThousandClaims() throws Exception {
        Store store = open(newDatabaseUrl());

        long started = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            assertTrue(store.claimDelivery(welcome("U" + i)));
        }
        long claiming = Duration.ofNanos(System.nanoTime() - started).toMillis();
        started = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            assertFalse(store.claimDelivery(welcome("U" + i)));
        }
        long refusing = Duration.ofNanos(System.nanoTime() - started).toMillis();
        log.info(
                "{}: 1000 claims won in {} ms, 1000 repeated claims refused in {} ms (one thread)",
                databaseName(),
                claiming,
                refusing);
    }

    @Test
    void seriesStepsComeInOrderOnePerSlotUntilTheSeriesIsDone() throws Exception {
        Store store = open(newDatabaseUrl());
        Instant monday = NOW;
        Instant tuesday = NOW.plus(Duration.ofDays(1));

        assertEquals(0, StoreReads.seriesStepsPosted(store, "slack", "T1", "C1"));
        assertEquals(Optional.of(0), store.claimNextSeriesStep("slack", "T1", "C1", monday, 3));
        assertEquals(
                Optional.empty(),
                store.claimNextSeriesStep("slack", "T1", "C1", monday, 3),
                "slot taken");
        assertEquals(Optional.of(1), store.claimNextSeriesStep("slack", "T1", "C1", tuesday, 3));
        assertEquals(
                Optional.of(2),
                store.claimNextSeriesStep("slack", "T1", "C1", NOW.plus(Duration.ofDays(2)), 3));
        assertEquals(
                Optional.empty(),
                store.claimNextSeriesStep("slack", "T1", "C1", NOW.plus(Duration.ofDays(3)), 3),
                "series done");
        assertEquals(3, StoreReads.seriesStepsPosted(store, "slack", "T1", "C1"));

        assertEquals(
                Optional.of(0),
                store.claimNextSeriesStep("slack", "T1", "C2", monday, 3),
                "another channel");
        assertEquals(
                Optional.of(0),
                store.claimNextSeriesStep("discord", "T1", "C1", monday, 3),
                "another platform");
    }

    @Test
    void replicasRacingForEachSlotPostOneStepAndNeverRepeatOne() throws Exception {
        String url = newDatabaseUrl();
        List<Store> replicas = List.of(open(url), open(url));
        int slots = 20;
        int threadsPerReplica = 4;
        List<Integer> claimed = new ArrayList<>();

        long millis = 0;
        for (int slot = 0; slot < slots; slot++) {
            Instant at = NOW.plus(Duration.ofDays(slot));
            ConcurrentLinkedQueue<Integer> winners = new ConcurrentLinkedQueue<>();
            millis +=
                    Race.run(
                            replicas.size() * threadsPerReplica,
                            thread ->
                                    replicas.get(thread % replicas.size())
                                            .claimNextSeriesStep("discord", "G1", "C1", at, 25)
                                            .ifPresent(winners::add));
            assertEquals(1, winners.size(), "steps claimed for slot " + slot + ": " + winners);
            claimed.addAll(winners);
        }

        assertEquals(IntStream.range(0, slots).boxed().toList(), claimed);
        assertEquals(slots, StoreReads.seriesStepsPosted(replicas.get(1), "discord", "G1", "C1"));
        log.info(
                "{}: {} slots, {} threads on 2 replicas each: one step per slot, steps 0..{} once each, {} ms",
                databaseName(),
                slots,
                replicas.size() * threadsPerReplica,
                slots - 1,
                millis);
    }

    @Test
    void seriesProgressResumesAfterReopening() throws Exception {
        String url = newDatabaseUrl();
        Store first = open(url);
        first.claimNextSeriesStep("slack", "T1", "C1", NOW, 5);
        first.claimNextSeriesStep("slack", "T1", "C1", NOW.plus(Duration.ofDays(1)), 5);
        first.close();

        Store reopened = open(url);
        assertEquals(2, StoreReads.seriesStepsPosted(reopened, "slack", "T1", "C1"));
        assertEquals(
                Optional.empty(),
                reopened.claimNextSeriesStep("slack", "T1", "C1", NOW, 5),
                "slot already used");
        assertEquals(
                Optional.of(2),
                reopened.claimNextSeriesStep("slack", "T1", "C1", NOW.plus(Duration.ofDays(2)), 5));
    }

    @Test
    void migrationsRunOnceAndReopeningChangesNothing() throws Exception {
        String url = newDatabaseUrl();
        for (int i = 0; i < 3; i++) {
            open(url).close();
        }
        assertEquals(List.of("1:true", "2:true", "3:true", "4:true"), appliedMigrations(url));
    }

    @Test
    void replicasStartingTogetherMigrateOnce() throws Exception {
        String url = newDatabaseUrl();
        List<Throwable> failures = new CopyOnWriteArrayList<>();

        Race.run(
                4,
                thread -> {
                    try {
                        open(url);
                    } catch (StoreStartException e) {
                        failures.add(e);
                    }
                });

        assertEquals(List.of(), failures);
        assertEquals(List.of("1:true", "2:true", "3:true", "4:true"), appliedMigrations(url));
    }

    @Test
    void questionsAndFeedbackAreReportedSinceATime() throws Exception {
        Store store = open(newDatabaseUrl());
        Instant before = NOW.minus(Duration.ofDays(8));
        Instant since = NOW.minus(Duration.ofDays(7));
        store.recordQuestion(new AskedQuestion("", "faq:what-is-a-tpm", 0.95, true, "slack", NOW));
        store.recordQuestion(
                new AskedQuestion("", "faq:what-is-a-tpm", 0.91, true, "discord", NOW));
        store.recordQuestion(new AskedQuestion("", "term:okr", 0.9, true, "cli", NOW));
        store.recordQuestion(new AskedQuestion("", "term:okr", 0.9, true, "cli", before));
        store.recordQuestion(new AskedQuestion("", "term:okr", 0.9, true, "cli", before));
        store.recordQuestion(
                new AskedQuestion(
                        "How do I get promoted to staff TPM?",
                        "faq:career",
                        0.30,
                        false,
                        "slack",
                        NOW));
        store.recordQuestion(
                new AskedQuestion(
                        "<@U123> how to get promoted to staff tpm",
                        "faq:career",
                        0.40,
                        false,
                        "slack",
                        NOW.plusSeconds(1)));
        store.recordQuestion(
                new AskedQuestion(
                        "what do TPMs earn in Berlin :moneybag:",
                        "faq:salary",
                        0.62,
                        true,
                        "discord",
                        NOW.plusSeconds(2)));
        store.recordQuestion(
                new AskedQuestion("old unanswered question", "none", 0.1, false, "slack", before));
        store.recordFeedback(new Feedback("faq:what-is-a-tpm", true, "slack", NOW));
        store.recordFeedback(new Feedback("faq:what-is-a-tpm", true, "slack", NOW));
        store.recordFeedback(new Feedback("faq:what-is-a-tpm", false, "discord", NOW));
        store.recordFeedback(new Feedback("term:okr", false, "slack", NOW));
        store.recordFeedback(new Feedback("term:okr", true, "slack", before));

        Report report = store.report(since);

        assertEquals(since, report.since());
        assertEquals(
                List.of(
                        new KeyCount("faq:what-is-a-tpm", 2),
                        new KeyCount("faq:salary", 1),
                        new KeyCount("term:okr", 1)),
                report.mostAsked());
        assertEquals(2, report.unanswered().size(), report.unanswered().toString());
        UnansweredGroup promotion = report.unanswered().get(0);
        assertEquals(2, promotion.count());
        assertEquals("faq:career", promotion.bestGuessKey());
        assertEquals(0.35, promotion.bestGuessConfidence(), 1e-9);
        assertEquals(
                "<@U123> how to get promoted to staff tpm",
                promotion.example(),
                "the latest of equally common wordings");
        assertEquals(
                new UnansweredGroup(
                        "what do TPMs earn in Berlin :moneybag:", 1, "faq:salary", 0.62),
                report.unanswered().get(1));
        assertEquals(
                List.of(
                        new KeyFeedback("faq:what-is-a-tpm", 2, 1),
                        new KeyFeedback("term:okr", 0, 1)),
                report.feedback().stream().sorted((a, b) -> a.key().compareTo(b.key())).toList());
        assertEquals("term:okr", report.feedback().get(0).key(), "least helpful first");
    }

    @Test
    void aBatchIsWrittenOnceHoweverOftenItIsWritten() throws Exception {
        Store store = open(newDatabaseUrl());
        List<Recorded> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(
                    Recorded.of(
                            new AskedQuestion("question " + i, "none", 0.1, false, "slack", NOW)));
            batch.add(Recorded.of(new Feedback("faq:what-is-a-tpm", i % 2 == 0, "slack", NOW)));
        }

        store.recordAll(batch);
        store.recordAll(
                batch.subList(0, 600)); // written again after a failure that had committed it

        Report report = store.report(Instant.EPOCH);
        assertEquals(500, report.unanswered().stream().mapToLong(UnansweredGroup::count).sum());
        assertEquals(List.of(new KeyFeedback("faq:what-is-a-tpm", 250, 250)), report.feedback());
    }

    @Test
    void recordsOlderThanTheCutoffArePurgedAndDeliveriesKept() throws Exception {
        Store store = open(newDatabaseUrl());
        Instant old = NOW.minus(Duration.ofDays(91));
        store.recordQuestion(new AskedQuestion("old question", "none", 0.1, false, "slack", old));
        store.recordQuestion(new AskedQuestion("new question", "none", 0.1, false, "slack", NOW));
        store.recordFeedback(new Feedback("term:okr", true, "slack", old));
        store.recordFeedback(new Feedback("term:okr", false, "slack", NOW));
        assertTrue(store.claimDelivery(new Delivery("slack", "T1", "C1", "U1", "welcome", old)));

        assertEquals(2, store.purgeRecordsBefore(NOW.minus(Duration.ofDays(90))));

        Report report = store.report(Instant.EPOCH);
        assertEquals(
                List.of("new question"),
                report.unanswered().stream().map(UnansweredGroup::example).toList());
        assertEquals(List.of(new KeyFeedback("term:okr", 0, 1)), report.feedback());
        assertTrue(
                StoreReads.isDelivered(store, welcome("U1")),
                "a welcome is never sent twice, however old");
    }

    @Test
    void trafficCountsQuestionsPerDayBandAndPlatformAndTheClickedSuggestions() throws Exception {
        Store store = open(newDatabaseUrl());
        Instant today = Instant.parse("2026-03-02T09:00:00Z");
        Instant yesterday = today.minus(Duration.ofDays(1));
        store.recordAll(
                List.of(
                        Recorded.of(
                                new AskedQuestion(
                                        "",
                                        "faq:a",
                                        0.9,
                                        true,
                                        "slack",
                                        today,
                                        AskedQuestion.ANSWER)),
                        Recorded.of(
                                new AskedQuestion(
                                        "",
                                        "faq:a",
                                        0.9,
                                        true,
                                        "slack",
                                        today,
                                        AskedQuestion.ANSWER)),
                        Recorded.of(
                                new AskedQuestion(
                                        "tpm okr?",
                                        "term:okr",
                                        0.3,
                                        false,
                                        "discord",
                                        today,
                                        AskedQuestion.SUGGEST)),
                        Recorded.of(
                                new AskedQuestion(
                                        "pizza",
                                        "none",
                                        0.01,
                                        false,
                                        "slack",
                                        yesterday,
                                        AskedQuestion.DECLINE)),
                        Recorded.of(
                                new AskedQuestion(
                                        "too old",
                                        "none",
                                        0.01,
                                        false,
                                        "slack",
                                        today.minus(Duration.ofDays(9)))),
                        Recorded.of(
                                new Store.SuggestionClick(
                                        "tpm okr?", "term:okr", "discord", today)),
                        Recorded.of(
                                new Store.SuggestionClick(
                                        "tpm okr?", "term:okr", "slack", today.plusSeconds(60))),
                        Recorded.of(
                                new Store.SuggestionClick(
                                        "road map?", "term:roadmap", "slack", yesterday))));

        Store.Traffic traffic = store.traffic(today.minus(Duration.ofDays(7)));

        long todayNumber = today.getEpochSecond() / 86_400;
        assertEquals(
                List.of(
                        new Store.DayBand(todayNumber - 1, "decline", 1),
                        new Store.DayBand(todayNumber, "answer", 2),
                        new Store.DayBand(todayNumber, "suggest", 1)),
                traffic.perDay());
        assertEquals(
                List.of(new Store.PlatformCount("slack", 3), new Store.PlatformCount("discord", 1)),
                traffic.platforms());
        assertEquals(
                List.of(
                        new Store.ClickCount("tpm okr?", "term:okr", 2, today.plusSeconds(60)),
                        new Store.ClickCount("road map?", "term:roadmap", 1, yesterday)),
                traffic.clicks());
        assertEquals(
                3,
                store.purgeRecordsBefore(today.minus(Duration.ofHours(2))),
                "the old click is purged with the old questions");
    }

    @Test
    void aPhrasingIsAcceptedOnce() throws Exception {
        Store store = open(newDatabaseUrl());
        assertTrue(store.acceptPhrasing("term:okr", "what's an okr", NOW));
        assertFalse(
                store.acceptPhrasing("term:okr", "what's an okr", NOW.plusSeconds(5)),
                "accepted twice");
        assertTrue(
                store.acceptPhrasing("faq:tpm-salary", "what's an okr", NOW.plusSeconds(1)),
                "another key");
        assertEquals(
                List.of(
                        new Store.AcceptedPhrasing("term:okr", "what's an okr", NOW),
                        new Store.AcceptedPhrasing(
                                "faq:tpm-salary", "what's an okr", NOW.plusSeconds(1))),
                store.acceptedPhrasings());
    }

    @Test
    void isReachableWhileOpenAndNotAfterClosing() throws Exception {
        Store store = open(newDatabaseUrl());
        assertTrue(store.isReachable());
        store.close();
        assertFalse(store.isReachable());
    }

    /** Applied migrations as "version:success", from Flyway's history table. */
    private static List<String> appliedMigrations(String url) throws Exception {
        DatabaseUrl database = DatabaseUrl.parse(url, Path.of("unused"));
        try (Connection connection = Connections.direct(database).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            List<String> applied = new ArrayList<>();
            while (rows.next()) {
                applied.add(rows.getString(1) + ":" + rows.getBoolean(2));
            }
            return applied;
        }
    }
}
