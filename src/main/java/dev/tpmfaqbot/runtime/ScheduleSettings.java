package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.onboarding.Schedule;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the explainer schedule: {@code ONBOARDING_TIME} (HH:MM, default 10:00), {@code
 * ONBOARDING_DAYS} (e.g. MON-FRI or MON,WED,FRI; default MON-FRI) and {@code ONBOARDING_TIMEZONE}
 * (e.g. Europe/Berlin; default UTC).
 */
public final class ScheduleSettings {
    public static final String TIME = "ONBOARDING_TIME";
    public static final String DAYS = "ONBOARDING_DAYS";
    public static final String TIMEZONE = "ONBOARDING_TIMEZONE";

    private ScheduleSettings() {}

    public static Optional<Schedule> read(Environment environment, ConfigProblems problems) {
        LocalTime time = null;
        Set<DayOfWeek> days = null;
        ZoneId zone = null;
        try {
            time = LocalTime.parse(environment.get(TIME, "10:00"));
        } catch (DateTimeParseException e) {
            problems.add(TIME, "must be a time of day such as 10:00 or 09:30");
        }
        try {
            days = days(environment.get(DAYS, "MON-FRI"));
        } catch (IllegalArgumentException e) {
            problems.add(DAYS, "must be weekdays such as MON-FRI or MON,WED,FRI");
        }
        try {
            zone = ZoneId.of(environment.get(TIMEZONE, "UTC"));
        } catch (DateTimeException e) {
            problems.add(TIMEZONE, "must be a time zone such as UTC or Europe/Berlin");
        }
        return time != null && days != null && zone != null
                ? Optional.of(new Schedule(time, days, zone))
                : Optional.empty();
    }

    static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.toUpperCase(Locale.ROOT).split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] range = part.split("-", 2);
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length == 2 ? day(range[1]) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no days");
        }
        return days;
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation) && abbreviation.length() >= 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("not a day: " + abbreviation);
    }
}
