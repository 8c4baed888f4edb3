package dev.tpmfaqbot.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private final Schedule weekdaysAtTenInBerlin =
            new Schedule(
                    LocalTime.of(10, 0),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    ZoneId.of("Europe/Berlin"));

    @Test
    void nextSlotSkipsTheWeekend() {
        Instant fridayNoon = Instant.parse("2026-11-20T11:00:00Z");
        assertEquals(
                Instant.parse("2026-11-23T09:00:00Z"),
                weekdaysAtTenInBerlin.nextSlotAfter(fridayNoon));
    }

    @Test
    void aSlotIsNotAfterItself() {
        Instant slot = Instant.parse("2026-11-23T09:00:00Z");
        assertEquals(
                Instant.parse("2026-11-24T09:00:00Z"), weekdaysAtTenInBerlin.nextSlotAfter(slot));
        assertEquals(slot, weekdaysAtTenInBerlin.lastSlotAtOrBefore(slot));
    }

    @Test
    void slotsFollowTheTimeZoneAcrossDaylightSaving() {
        Instant beforeSwitch = Instant.parse("2026-03-27T12:00:00Z");
        assertEquals(
                Instant.parse("2026-03-30T08:00:00Z"),
                weekdaysAtTenInBerlin.nextSlotAfter(beforeSwitch));
    }
}
