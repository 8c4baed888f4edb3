package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.content.InvalidContentException;
import dev.tpmfaqbot.runtime.AnsweringModel;
import dev.tpmfaqbot.runtime.CoreSettings;
import dev.tpmfaqbot.semantic.Semantics;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options shared by the commands that answer questions ({@code --faq-dir}, {@code
 * --words-only}), and loading the answerer from them: the content, and the sentence model unless
 * told otherwise.
 */
final class AnswererOption {

    @Option(
            names = "--faq-dir",
            paramLabel = "DIR",
            description = "The content folder (default: $FAQ_DIR, or faq).")
    Path folder;

    @Option(
            names = "--words-only",
            description = "Answer from words alone, without the sentence model.")
    boolean wordsOnly;

    Path folder() {
        return folder != null ? folder : ContentFolder.fromEnvironment();
    }

    Content content() throws InvalidContentException {
        return ContentLoader.load(folder());
    }

    /** The sentence model as $SENTENCE_MODEL and --words-only ask; the caller closes it. */
    Semantics semantics() {
        if (wordsOnly) {
            return Semantics.wordsOnly("--words-only");
        }
        CoreSettings.Answering settings =
                CoreSettings.answering(Environment.load(Path.of(".")), new ConfigProblems());
        return settings == null
                ? Semantics.wordsOnly(CoreSettings.SENTENCE_MODEL + " is neither on nor off")
                : AnsweringModel.load(settings);
    }

    /** The content's answerer; the process's sentence model stays loaded until the command ends. */
    Answerer load() throws InvalidContentException {
        return Answerer.build(content(), semantics());
    }
}
