package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.content.Content;

/** "30 FAQ entries, 20 terms, 5 roles, 10 comparisons": what a log line says about content. */
final class ContentCounts {
    private ContentCounts() {}

    static String of(Content content) {
        return content.entries().size()
                + " FAQ entries, "
                + content.terms().size()
                + " terms, "
                + content.roles().size()
                + " roles, "
                + content.comparisons().size()
                + " comparisons";
    }
}
