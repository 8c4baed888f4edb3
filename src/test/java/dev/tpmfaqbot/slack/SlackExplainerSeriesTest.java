package dev.tpmfaqbot.slack;

import static dev.tpmfaqbot.slack.SlackBlocks.assertWithinLimits;
import static dev.tpmfaqbot.slack.SlackBlocks.blocks;
import static dev.tpmfaqbot.slack.SlackWorld.ONBOARDING_CHANNEL;
import static dev.tpmfaqbot.slack.SlackWorld.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tpmfaqbot.slack.fake.FakeSlackApi.Call;
import dev.tpmfaqbot.slack.fake.SlackPayloads;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.StoreReads;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The explainer series posted to onboarding channels by the adapter's own scheduler, on the real
 * SQLite store: the clock is moved to just before a 10:00 slot, and the real timer fires. A restart
 * or a second replica opens the same database file with its own store, as a new process would.
 */
@Timeout(60)
class SlackExplainerSeriesTest {
    private static final Instant MONDAY_SLOT = Instant.parse("2030-01-07T10:00:00Z");
    private static final Duration BEFORE_SLOT = Duration.ofMillis(1500);
    private static final Path CONTENT = Path.of("faq");

    private static String headerOf(Call post) {
        return blocks(post).get(0).path("text").path("text").asText();
    }

    private static String titleOfStep(SlackWorld world, int step) {
        return world.faq
                .open(world.faq.content().onboarding().series().get(step))
                .orElseThrow()
                .title();
    }

    @Test
    void afterARestartTheSeriesContinuesWhereItWas() throws Exception {
        ShiftedClock clock = new ShiftedClock();
        Path state = SlackWorld.newStateFile();
        Call monday;
        try (Store store = SlackWorld.sqliteAt(state);
                SlackWorld before = new SlackWorld(store, clock, CONTENT)) {
            clock.pretendNowIs(MONDAY_SLOT.minus(BEFORE_SLOT));
            before.start();
            monday = before.api.awaitCalls("chat.postMessage", 1, WAIT).get(0);
            assertEquals(titleOfStep(before, 0), headerOf(monday));
        }

        try (Store store = SlackWorld.sqliteAt(state);
                SlackWorld after = new SlackWorld(store, clock, CONTENT)) {
            clock.pretendNowIs(MONDAY_SLOT.plus(Duration.ofDays(1)).minus(BEFORE_SLOT));
            after.start();
            Call tuesday = after.api.awaitCalls("chat.postMessage", 1, WAIT).get(0);
            Thread.sleep(500);

            assertEquals(1, after.api.calls("chat.postMessage").size(), "one step per slot");
            assertEquals(ONBOARDING_CHANNEL, tuesday.param("channel"));
            assertEquals(
                    titleOfStep(after, 1), headerOf(tuesday), "the next step, not the first again");
            assertWithinLimits(blocks(tuesday));
            assertEquals(
                    2,
                    StoreReads.seriesStepsPosted(
                            store, "slack", SlackPayloads.TEAM_ID, ONBOARDING_CHANNEL));
        }
    }

    @Test
    void aSlotMissedWhileDownIsCaughtUpAtStartOnce() throws Exception {
        ShiftedClock clock = new ShiftedClock();
        try (Store store = SlackWorld.sqlite();
                SlackWorld world = new SlackWorld(store, clock, CONTENT)) {
            clock.pretendNowIs(MONDAY_SLOT.plus(Duration.ofMinutes(20)));
            world.start();
            world.api.awaitCalls("chat.postMessage", 1, WAIT);
            world.start();
            Thread.sleep(500);

            assertEquals(1, world.api.calls("chat.postMessage").size());
            assertEquals(
                    titleOfStep(world, 0), headerOf(world.api.calls("chat.postMessage").get(0)));
        }
    }

    @Test
    void twoReplicasAtOncePostEachSlotOnce() throws Exception {
        ShiftedClock clock = new ShiftedClock();
        Path state = SlackWorld.newStateFile();
        try (Store first = SlackWorld.sqliteAt(state);
                Store second = SlackWorld.sqliteAt(state);
                SlackWorld one = new SlackWorld(first, clock, CONTENT);
                SlackWorld two = new SlackWorld(second, clock, CONTENT)) {
            clock.pretendNowIs(MONDAY_SLOT.minus(BEFORE_SLOT));
            one.start();
            two.start();
            Thread.sleep(BEFORE_SLOT.toMillis() + 1500);

            List<Call> posts = new ArrayList<>(one.api.calls("chat.postMessage"));
            posts.addAll(two.api.calls("chat.postMessage"));
            assertEquals(1, posts.size(), "one post for the slot, whichever replica made it");
            assertEquals(titleOfStep(one, 0), headerOf(posts.get(0)));
        }
    }
}
