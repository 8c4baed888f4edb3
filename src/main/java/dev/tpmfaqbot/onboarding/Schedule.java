package dev.tpmfaqbot.onboarding;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/** When explainer series steps are posted: a time of day on some weekdays, in a time zone. */
public record Schedule(LocalTime timeOfDay, Set<DayOfWeek> days, ZoneId zone) {
    private static final int DAYS_TO_LOOK = 8;

    public Schedule {
        days = Set.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one day");
        }
    }

    /** The first slot strictly after the given instant. */
    public Instant nextSlotAfter(Instant instant) {
        ZonedDateTime now = instant.atZone(zone);
        for (int day = 0; day <= DAYS_TO_LOOK; day++) {
            ZonedDateTime slot = now.toLocalDate().plusDays(day).atTime(timeOfDay).atZone(zone);
            if (days.contains(slot.getDayOfWeek()) && slot.toInstant().isAfter(instant)) {
                return slot.toInstant();
            }
        }
        throw new IllegalStateException("no slot within a week");
    }

    /** The latest slot at or before the given instant. */
    public Instant lastSlotAtOrBefore(Instant instant) {
        ZonedDateTime now = instant.atZone(zone);
        for (int day = 0; day <= DAYS_TO_LOOK; day++) {
            ZonedDateTime slot = now.toLocalDate().minusDays(day).atTime(timeOfDay).atZone(zone);
            if (days.contains(slot.getDayOfWeek()) && !slot.toInstant().isAfter(instant)) {
                return slot.toInstant();
            }
        }
        throw new IllegalStateException("no slot within a week");
    }
}
