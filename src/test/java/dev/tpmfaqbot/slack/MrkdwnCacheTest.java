package dev.tpmfaqbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * One adapter's remembered conversions: the same text as converting afresh, never more than its
 * capacity.
 */
class MrkdwnCacheTest {

    @Test
    void convertsAsTheWriterDoesAndRemembers() {
        MrkdwnCache cache = new MrkdwnCache(4);
        String first = cache.toMrkdwn("A **bold** <!channel> move");

        assertEquals(MrkdwnWriter.toMrkdwn("A **bold** <!channel> move"), first);
        assertSame(
                first,
                cache.toMrkdwn("A **bold** <!channel> move"),
                "remembered, not converted again");
        assertEquals("", cache.toMrkdwn(null));
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        MrkdwnCache cache = new MrkdwnCache(3);
        String kept = cache.toMrkdwn("*kept*");
        for (int i = 0; i < 10; i++) {
            cache.toMrkdwn("text " + i);
            cache.toMrkdwn("*kept*"); // used again each time: never the eldest
        }

        assertEquals(3, cache.size());
        assertSame(kept, cache.toMrkdwn("*kept*"));
    }

    @Test
    void twoAdaptersShareNothing() {
        MrkdwnCache one = new MrkdwnCache(8);
        MrkdwnCache other = new MrkdwnCache(8);
        one.toMrkdwn("only in one");

        assertEquals(1, one.size());
        assertEquals(0, other.size());
    }
}
