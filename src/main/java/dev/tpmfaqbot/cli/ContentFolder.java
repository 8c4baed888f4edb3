package dev.tpmfaqbot.cli;

import java.nio.file.Path;

/** Where commands find the content when not told: {@code $FAQ_DIR}, or {@code faq} in the working directory. */
final class ContentFolder {
    private ContentFolder() {
    }

    static Path fromEnvironment() {
        String configured = System.getenv("FAQ_DIR");
        return Path.of(configured == null || configured.isBlank() ? "faq" : configured);
    }
}
