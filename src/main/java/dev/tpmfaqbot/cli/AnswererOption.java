package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.content.InvalidContentException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --faq-dir} option shared by the commands that answer questions, and loading from it. */
final class AnswererOption {

    @Option(names = "--faq-dir", paramLabel = "DIR", description = "The content folder (default: $FAQ_DIR, or faq).")
    Path folder;

    Path folder() {
        return folder != null ? folder : ContentFolder.fromEnvironment();
    }

    Answerer load() throws InvalidContentException {
        return Answerer.build(ContentLoader.load(folder()));
    }
}
