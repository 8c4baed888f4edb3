package dev.tpmfaqbot.slack;

import dev.tpmfaqbot.slack.fake.FakeSlackApi.Call;
import dev.tpmfaqbot.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static dev.tpmfaqbot.slack.SlackBlocks.assertWithinLimits;
import static dev.tpmfaqbot.slack.SlackBlocks.blocks;
import static dev.tpmfaqbot.slack.SlackWorld.ONBOARDING_CHANNEL;
import static dev.tpmfaqbot.slack.SlackWorld.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The explainer series posted to onboarding channels by the adapter's own scheduler: the clock is
 * moved to just before a 10:00 slot, and the real timer fires.
 */
@Timeout(60)
class SlackExplainerSeriesTest {
    private static final Instant MONDAY_SLOT = Instant.parse("2030-01-07T10:00:00Z");
    private static final Duration BEFORE_SLOT = Duration.ofMillis(1500);

    private static List<String> series(SlackWorld world) {
        return world.faq.content().onboarding().series();
    }

    private static String headerOf(Call post) {
        return blocks(post).get(0).path("text").path("text").asText();
    }

    private static String titleOfStep(SlackWorld world, int step) {
        return world.faq.open(series(world).get(step)).orElseThrow().title();
    }

    @Test
    void afterARestartTheSeriesContinuesWhereItWas() throws Exception {
        ShiftedClock clock = new ShiftedClock();
        Store store = new InMemoryStore();
        try (SlackWorld world = new SlackWorld(store, clock, Path.of("faq"))) {
            clock.pretendNowIs(MONDAY_SLOT.minus(BEFORE_SLOT));
            SlackWorld.Running first = world.start();
            Call monday = world.api.awaitCalls("chat.postMessage", 1, WAIT).get(0);
            first.close();

            clock.pretendNowIs(MONDAY_SLOT.plus(Duration.ofDays(1)).minus(BEFORE_SLOT));
            world.start();
            List<Call> posts = world.api.awaitCalls("chat.postMessage", 2, WAIT);
            Thread.sleep(500);

            assertEquals(2, world.api.calls("chat.postMessage").size(), "one step per slot");
            assertEquals(ONBOARDING_CHANNEL, monday.param("channel"));
            assertEquals(titleOfStep(world, 0), headerOf(monday));
            assertEquals(titleOfStep(world, 1), headerOf(posts.get(1)));
            assertWithinLimits(blocks(posts.get(1)));
            assertEquals(2, store.seriesStepsPosted("slack", dev.tpmfaqbot.slack.fake.SlackPayloads.TEAM_ID, ONBOARDING_CHANNEL));
        }
    }

    @Test
    void aSlotMissedWhileDownIsCaughtUpAtStartOnce() throws Exception {
        ShiftedClock clock = new ShiftedClock();
        try (SlackWorld world = new SlackWorld(new InMemoryStore(), clock, Path.of("faq"))) {
            clock.pretendNowIs(MONDAY_SLOT.plus(Duration.ofMinutes(20)));
            world.start().close();
            world.start();
            world.api.awaitCalls("chat.postMessage", 1, WAIT);
            Thread.sleep(500);

            assertEquals(1, world.api.calls("chat.postMessage").size());
            assertEquals(titleOfStep(world, 0), headerOf(world.api.calls("chat.postMessage").get(0)));
        }
    }

    @Test
    void twoReplicasAtOncePostEachSlotOnce() throws Exception {
        ShiftedClock clock = new ShiftedClock();
        Store shared = new InMemoryStore();
        try (SlackWorld one = new SlackWorld(shared, clock, Path.of("faq"));
             SlackWorld two = new SlackWorld(shared, clock, Path.of("faq"))) {
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
