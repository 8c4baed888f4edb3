package dev.tpmfaqbot.onboarding;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** When explainer series steps are posted: a time of day on some weekdays, in a time zone. */
public record Schedule(LocalTime timeOfDay, Set<DayOfWeek> days, ZoneId zone) {

    public Schedule {
        days = Set.copyOf(days);
    }
}
