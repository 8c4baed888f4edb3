package dev.tpmfaqbot.config;

import java.util.OptionalInt;

/** {@code RETENTION_DAYS}: how long questions and feedback are kept before they are deleted. */
public final class RetentionDays {
    public static final String NAME = "RETENTION_DAYS";
    public static final int DEFAULT = 90;
    public static final String PROBLEM =
            "must be a number of days from 1 to 36500 (default " + DEFAULT + ")";
    private static final int MOST = 36_500;

    private RetentionDays() {}

    /**
     * The days a setting names ({@link #DEFAULT} when blank); empty when it is not a number of
     * days.
     */
    public static OptionalInt parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return OptionalInt.of(DEFAULT);
        }
        try {
            int days = Integer.parseInt(setting.strip());
            return days >= 1 && days <= MOST ? OptionalInt.of(days) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The days a setting names, for commands that stop on a bad one. */
    public static int require(String setting) {
        return parse(setting).orElseThrow(() -> new IllegalStateException(NAME + ": " + PROBLEM));
    }
}
