package dev.tpmfaqbot.store;

import dev.tpmfaqbot.text.ChatText;
import java.time.Instant;
import java.util.Objects;

/** Values as the columns keep them. */
final class Columns {
    private Columns() {}

    /**
     * Text for a TEXT column: '' for null (a NULL would slip past UNIQUE), without NUL characters
     * (PostgreSQL refuses them in text), and at most {@link ChatText#MAX_CHARS} long.
     */
    static String text(String value) {
        return value == null ? "" : ChatText.truncate(value.replace("\u0000", ""));
    }

    static long millis(Instant at) {
        return Objects.requireNonNull(at, "a time is required").toEpochMilli();
    }
}
