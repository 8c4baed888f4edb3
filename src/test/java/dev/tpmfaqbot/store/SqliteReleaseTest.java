package dev.tpmfaqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A claim given back after a failed send can be claimed again; the others stay. */
class SqliteReleaseTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aReleasedWelcomeCanBeClaimedAgain() throws Exception {
        try (Store store = Stores.open("sqlite:" + folder.resolve("state.db"), folder.resolve("unused.db"))) {
            Store.Delivery welcome = new Store.Delivery("slack", "T1", "C1", "U1", "welcome", MONDAY);
            Store.Delivery other = new Store.Delivery("slack", "T1", "C1", "U2", "welcome", MONDAY);
            assertTrue(store.claimDelivery(welcome));
            assertTrue(store.claimDelivery(other));
            store.releaseDelivery(welcome);
            assertFalse(store.isDelivered(welcome));
            assertTrue(store.isDelivered(other));
            assertTrue(store.claimDelivery(welcome));
            assertFalse(store.claimDelivery(welcome));
        }
    }

    @Test
    void aReleasedSeriesStepGoesToTheNextSlot() throws Exception {
        try (Store store = Stores.open("sqlite:" + folder.resolve("state.db"), folder.resolve("unused.db"))) {
            assertEquals(Optional.of(0), store.claimNextSeriesStep("discord", "G1", "C1", MONDAY, 5));
            store.releaseSeriesStep("discord", "G1", "C1", MONDAY);
            assertEquals(0, store.seriesStepsPosted("discord", "G1", "C1"));
            assertEquals(Optional.of(0), store.claimNextSeriesStep("discord", "G1", "C1", TUESDAY, 5));
            assertEquals(1, store.seriesStepsPosted("discord", "G1", "C1"));
        }
    }
}
