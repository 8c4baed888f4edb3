package dev.tpmfaqbot.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private final Schedule weekdaysAtTenInBerlin = new Schedule(LocalTime.of(10, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), ZoneId.of("Europe/Berlin"));

    @Test
    void nextSlotSkipsTheWeekend() {
        Instant fridayNoon = Instant.parse("2026-11-20T11:00:00Z");
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), weekdaysAtTenInBerlin.nextSlotAfter(fridayNoon));
    }

    @Test
    void aSlotIsNotAfterItself() {
        Instant slot = Instant.parse("2026-11-23T09:00:00Z");
        assertEquals(Instant.parse("2026-11-24T09:00:00Z"), weekdaysAtTenInBerlin.nextSlotAfter(slot));
        assertEquals(slot, weekdaysAtTenInBerlin.lastSlotAtOrBefore(slot));
    }

    @Test
    void slotsFollowTheTimeZoneAcrossDaylightSaving() {
        Instant beforeSwitch = Instant.parse("2026-03-27T12:00:00Z");
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"), weekdaysAtTenInBerlin.nextSlotAfter(beforeSwitch));
    }

    @Test
    void settingsHaveDefaultsAndReportEveryBadValue() {
        ConfigProblems fine = new ConfigProblems();
        Schedule defaults = ScheduleSettings.read(Environment.of(Map.of()), fine).orElseThrow();
        assertEquals(LocalTime.of(10, 0), defaults.timeOfDay());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), defaults.days());
        assertTrue(fine.isEmpty());

        ConfigProblems problems = new ConfigProblems();
        assertTrue(ScheduleSettings.read(Environment.of(Map.of("ONBOARDING_TIME", "25:99", "ONBOARDING_DAYS", "FUNDAY",
                "ONBOARDING_TIMEZONE", "Mars/Olympus")), problems).isEmpty());
        assertEquals(3, problems.list().size(), problems.list().toString());
        assertTrue(problems.list().get(0).startsWith("ONBOARDING_TIME:"));
    }

    @Test
    void daysAcceptRangesAndLists() {
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), ScheduleSettings.days("mon,wed fri"));
        assertEquals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY), ScheduleSettings.days("SAT-MON"));
    }
}
