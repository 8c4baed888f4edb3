package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.content.InvalidContentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Ordinary mistakes (no content folder here, a missing or malformed file) as one line naming the
 * command and what to do, with exit code 1; anything else is a bug and keeps its stack trace.
 */
final class CommandErrors implements IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed)
            throws Exception {
        String line = explain(e);
        if (line == null) {
            throw e;
        }
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + line);
        command.getErr().flush();
        return FAILED;
    }

    /** One line, or null when it is not an ordinary mistake. */
    private static String explain(Exception e) {
        if (e instanceof InvalidContentException content) {
            return content.problems().size() == 1
                    ? content.problems().get(0)
                            + " (run it where the content folder is, or"
                            + " pass --faq-dir DIR or set FAQ_DIR)"
                    : content.problems().size()
                            + " problems in the content; 'validate' lists them with FILE:LINE";
        }
        Throwable io = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (io instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (io instanceof AccessDeniedException denied) {
            return "not allowed to read " + denied.getFile();
        }
        if (io instanceof IOException) {
            return io.getMessage();
        }
        return null;
    }
}
