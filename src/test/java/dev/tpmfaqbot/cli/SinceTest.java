package dev.tpmfaqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SinceTest {
    private static final Clock BERLIN_NOON =
            Clock.fixed(Instant.parse("2026-03-10T11:00:00Z"), ZoneId.of("Europe/Berlin"));

    @ParameterizedTest
    @CsvSource({
        "7d, 2026-03-03T11:00:00Z",
        "24h, 2026-03-09T11:00:00Z",
        "30m, 2026-03-10T10:30:00Z",
        "0d, 2026-03-10T11:00:00Z",
        "2026-03-01, 2026-02-28T23:00:00Z",
        "2026-03-01T09:00, 2026-03-01T08:00:00Z",
        "2026-03-01T09:00:00Z, 2026-03-01T09:00:00Z",
        "2026-03-01T09:00:00+02:00, 2026-03-01T07:00:00Z"
    })
    void agoOrADateOrATime(String text, String expected) {
        assertEquals(Instant.parse(expected), Since.parse(text, BERLIN_NOON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "d7", "7 days", "1w", "-3d", "2026-13-01", "yesterday", ""})
    void anythingElseIsExplained(String text) {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> Since.parse(text, BERLIN_NOON));

        assertTrue(
                refused.getMessage().startsWith("--since takes 7d, 24h, 30m"),
                refused.getMessage());
    }
}
