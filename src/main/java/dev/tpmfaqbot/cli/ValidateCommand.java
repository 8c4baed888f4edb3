package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.content.ContentProblem;
import dev.tpmfaqbot.content.InvalidContentException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", header = "Check a content folder: every problem as FILE:LINE: message.", description = "Check a content folder: exit 0 when clean, 1 with every problem as FILE:LINE: message.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The content folder (default: $FAQ_DIR, or faq).")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = folder != null ? folder : ContentFolder.fromEnvironment();
        try {
            Content content = ContentLoader.load(dir);
            out.printf("%s: OK: %d FAQ entries, %d terms, %d roles, %d comparisons%n", dir,
                    content.entries().size(), content.terms().size(), content.roles().size(), content.comparisons().size());
            return 0;
        } catch (InvalidContentException e) {
            for (ContentProblem problem : e.problems()) {
                err.println(problem);
            }
            err.printf("%s: %d problem(s)%n", dir, e.problems().size());
            return 1;
        }
    }
}
