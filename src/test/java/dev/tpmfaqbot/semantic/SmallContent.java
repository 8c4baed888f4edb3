package dev.tpmfaqbot.semantic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a small content folder for tests of learning from content: a few entries far apart in
 * meaning.
 */
final class SmallContent {
    private final Path root;
    private String source = "article";

    private SmallContent(Path root, boolean empty) {
        this.root = root;
    }

    /** The project's own content, copied so that a test can add to it. */
    static SmallContent copyOfProjectContent(Path root) throws IOException {
        Path from = Path.of("faq");
        try (var files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = root.resolve(from.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        SmallContent copy = new SmallContent(root, true);
        copy.source = "chisel";
        return copy;
    }

    SmallContent(Path root) throws IOException {
        this.root = root;
        write("sources.yml", "article:\n  title: An article\n");
        write("dimensions.yml", "focus: Focus\n");
        write(
                "terms/backlog.md",
                "---\nid: backlog\ntitle: Backlog\naliases: [product backlog]\nsources: [article]\n---\n"
                        + "The ordered list of work the team has not done yet.\n");
        write("roles/tpm.md", role("tpm", "Technical product manager"));
        write("roles/pm.md", role("pm", "Product manager"));
        write(
                "comparisons/pm--tpm.md",
                "---\nroles: [pm, tpm]\ntitle: PM vs TPM\nsources: [article]\n---\nOne owns what, the other how.\n");
        entry(
                "tpm-salary",
                "How much does a TPM earn?",
                List.of(
                        "tpm salary",
                        "what do tpms get paid",
                        "average pay for a technical product manager",
                        "is the tpm job well paid"));
        entry(
                "does-a-tpm-need-to-code",
                "Does a TPM need to code?",
                List.of(
                        "do tpms write code",
                        "is programming required for a tpm",
                        "should a tpm learn python",
                        "can i be a tpm without coding"));
        entry(
                "tpm-roadmap",
                "What roadmap does a TPM own?",
                List.of(
                        "tpm roadmap",
                        "which roadmap is the tpm's",
                        "does the tpm plan the development timeline",
                        "who owns the technical roadmap"));
    }

    void entry(String id, String title, List<String> questions) throws IOException {
        StringBuilder text =
                new StringBuilder("---\nid: " + id + "\ntitle: " + title + "\nquestions:\n");
        questions.forEach(q -> text.append("  - ").append(q).append('\n'));
        text.append("sources: [" + source + "]\n---\nA one-sentence answer.\n");
        write("entries/" + id + ".md", text.toString());
    }

    void outOfScope(String group, List<String> questions) throws IOException {
        StringBuilder text =
                new StringBuilder(
                        Files.exists(root.resolve("out-of-scope.yml"))
                                ? Files.readString(root.resolve("out-of-scope.yml"))
                                : "");
        text.append(group).append(":\n");
        questions.forEach(q -> text.append("  - ").append(q).append('\n'));
        write("out-of-scope.yml", text.toString());
    }

    Path root() {
        return root;
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String role(String id, String name) {
        return "---\nid: "
                + id
                + "\nname: "
                + name
                + "\naliases: ["
                + id
                + " person]\ndimensions:\n  focus: Something\n"
                + "sources: [article]\n---\n";
    }
}
