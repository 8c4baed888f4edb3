package dev.tpmfaqbot.cli;

import java.nio.file.Path;

/**
 * Where commands find the content when not told: {@code FAQ_DIR} from the environment or the
 * working directory's {@code .env} (as for {@code run}), or {@code faq} in the working directory.
 */
final class ContentFolder {
    private ContentFolder() {}

    static Path fromEnvironment() {
        String configured = Setting.named("FAQ_DIR");
        return Path.of(configured.isBlank() ? "faq" : configured);
    }
}
