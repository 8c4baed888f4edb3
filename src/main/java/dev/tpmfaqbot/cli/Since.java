package dev.tpmfaqbot.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a report starts: {@code 7d}, {@code 24h} or {@code 30m} ago, or a date or time (ISO 8601,
 * local zone when none).
 */
final class Since {
    private static final Pattern AGO = Pattern.compile("(\\d{1,6})([dhm])");

    private Since() {}

    static Instant parse(String text, Clock clock) {
        String value = text.strip();
        Matcher ago = AGO.matcher(value);
        if (ago.matches()) {
            long amount = Long.parseLong(ago.group(1));
            Duration back =
                    switch (ago.group(2)) {
                        case "d" -> Duration.ofDays(amount);
                        case "h" -> Duration.ofHours(amount);
                        default -> Duration.ofMinutes(amount);
                    };
            return clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(back);
        }
        try {
            if (value.length() == "2026-03-01".length()) {
                return LocalDate.parse(value).atStartOfDay(clock.getZone()).toInstant();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "--since takes 7d, 24h, 30m, a date such as 2026-03-01 or a time such as "
                            + "2026-03-01T09:00 or 2026-03-01T09:00:00Z, not '"
                            + text
                            + "'");
        }
    }
}
