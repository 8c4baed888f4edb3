package dev.tpmfaqbot.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small, valid content folder that a test can then break in one place. */
final class ContentFixture {
    private final Path root;

    private ContentFixture(Path root) {
        this.root = root;
    }

    static ContentFixture validIn(Path root) throws IOException {
        ContentFixture fixture = new ContentFixture(root);
        fixture.write("sources.yml", "article:\n  title: An article\n");
        fixture.write("dimensions.yml", "focus: Focus\n");
        fixture.write("roles/tpm.md", role("tpm", "Technical product manager"));
        fixture.write("roles/pm.md", role("pm", "Product manager"));
        fixture.write(
                "comparisons/pm--tpm.md",
                """
                ---
                roles: [pm, tpm]
                title: PM vs TPM
                sources: [article]
                ---
                One owns what, the other how.
                """);
        fixture.write(
                "entries/does-a-tpm-need-to-code.md",
                entry(
                        "does-a-tpm-need-to-code",
                        "Does a TPM need to code?",
                        "do tpms code",
                        "is coding required",
                        "must a tpm program",
                        "tpm and programming"));
        fixture.write(
                "terms/backlog.md",
                """
                ---
                id: backlog
                title: Backlog
                aliases: [product backlog]
                related: [faq:does-a-tpm-need-to-code]
                sources: [article]
                ---
                The ordered list of work not done yet.
                """);
        return fixture;
    }

    static String role(String id, String name) {
        return """
                ---
                id: %s
                name: %s
                aliases: [%s]
                dimensions:
                  focus: Something
                sources: [article]
                ---
                """
                .formatted(id, name, id + " person");
    }

    static String entry(String id, String title, String... questions) {
        return """
                ---
                id: %s
                title: %s
                questions:
                %s
                tags: [x]
                related: [term:backlog]
                sources: [article]
                ---
                A one-sentence answer.

                More detail.
                """
                .formatted(
                        id,
                        title,
                        String.join(
                                "\n",
                                java.util.Arrays.stream(questions).map(q -> "  - " + q).toList()));
    }

    ContentFixture write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    Path root() {
        return root;
    }

    Path file(String relative) {
        return root.resolve(relative);
    }
}
