package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.onboarding.Schedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleSettingsTest {
    @Test
    void settingsHaveDefaultsAndReportEveryBadValue() {
        ConfigProblems fine = new ConfigProblems();
        Schedule defaults = ScheduleSettings.read(Environment.of(Map.of()), fine).orElseThrow();
        assertEquals(LocalTime.of(10, 0), defaults.timeOfDay());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), defaults.days());
        assertTrue(fine.isEmpty());

        ConfigProblems problems = new ConfigProblems();
        assertTrue(
                ScheduleSettings.read(
                                Environment.of(
                                        Map.of(
                                                "ONBOARDING_TIME",
                                                "25:99",
                                                "ONBOARDING_DAYS",
                                                "FUNDAY",
                                                "ONBOARDING_TIMEZONE",
                                                "Mars/Olympus")),
                                problems)
                        .isEmpty());
        assertEquals(3, problems.list().size(), problems.list().toString());
        assertTrue(problems.list().get(0).startsWith("ONBOARDING_TIME:"));
    }

    @Test
    void daysAcceptRangesAndLists() {
        assertEquals(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                ScheduleSettings.days("mon,wed fri"));
        assertEquals(
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
                ScheduleSettings.days("SAT-MON"));
    }
}
