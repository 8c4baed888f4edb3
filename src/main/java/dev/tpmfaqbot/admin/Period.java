package dev.tpmfaqbot.admin;

import java.time.Duration;

/** The periods the insights offer: {@code ?period=24h}, {@code 7d} (the default) or {@code 30d}. */
enum Period {
    DAY("24h", Duration.ofHours(24)),
    WEEK("7d", Duration.ofDays(7)),
    MONTH("30d", Duration.ofDays(30));

    final String label;
    final Duration length;

    Period(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    static Period of(String label) {
        for (Period period : values()) {
            if (period.label.equals(label)) {
                return period;
            }
        }
        return WEEK;
    }
}
