package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.content.ContentProblem;
import dev.tpmfaqbot.content.CopiedRuns;
import dev.tpmfaqbot.content.InvalidContentException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        header = "Check a content folder: every problem as FILE:LINE: message.",
        description =
                "Check a content folder: exit 0 when clean, 1 with every problem as FILE:LINE: message.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(
            arity = "0..1",
            paramLabel = "DIR",
            description = "The content folder (default: $FAQ_DIR, or faq).")
    Path folder;

    @Option(
            names = "--articles",
            paramLabel = "DIR",
            description =
                    "Also report every run of "
                            + CopiedRuns.RUN
                            + " words copied from the source articles in DIR (*.txt, *.md).")
    Path articles;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = folder != null ? folder : ContentFolder.fromEnvironment();
        try {
            Content content = ContentLoader.load(dir);
            if (articles != null && !ownWords(dir, out, err)) {
                return 1;
            }
            out.printf(
                    "%s: OK: %d FAQ entries, %d terms, %d roles, %d comparisons%n",
                    dir,
                    content.entries().size(),
                    content.terms().size(),
                    content.roles().size(),
                    content.comparisons().size());
            return 0;
        } catch (InvalidContentException e) {
            for (ContentProblem problem : e.problems()) {
                err.println(problem);
            }
            err.printf("%s: %d problem(s)%n", dir, e.problems().size());
            return 1;
        }
    }

    /** True when the folder of articles has some and none of their wording is in the content. */
    private boolean ownWords(Path dir, PrintWriter out, PrintWriter err) {
        try {
            CopiedRuns runs = CopiedRuns.from(articles);
            if (runs.articles() == 0) {
                err.printf("--articles %s: no articles there (*.txt or *.md files)%n", articles);
                return false;
            }
            List<ContentProblem> copies = runs.findIn(dir);
            copies.forEach(err::println);
            if (!copies.isEmpty()) {
                err.printf(
                        "%s: %d run(s) copied from the articles in %s%n",
                        dir, copies.size(), articles);
                return false;
            }
            out.printf(
                    "%s: no run of %d words copied from the %d article(s) in %s%n",
                    dir, CopiedRuns.RUN, runs.articles(), articles);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the articles in " + articles + ": " + e.getMessage(), e);
        }
    }
}
