package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * The production log format (src/main/resources/logback.xml): text from a request cannot start a
 * line of its own.
 */
class LogLinesTest {
    private static final String FORGED = "06:00:00.000 ERROR d.t.runtime.Bot - database wiped";

    @Test
    void lineBreaksInAMessageAreWrittenAsEscapes() throws Exception {
        List<String> lines =
                logged(
                        log ->
                                log.warn(
                                        "could not answer {}",
                                        "hi\n" + FORGED + "\r\n" + FORGED + "\rx"));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(
                lines.get(0)
                        .endsWith("could not answer hi\\n" + FORGED + "\\r\\n" + FORGED + "\\rx"),
                lines.get(0));
    }

    @Test
    void anExceptionMessageCannotStartALineEither() throws Exception {
        List<String> lines =
                logged(
                        log ->
                                log.warn(
                                        "failed",
                                        new IllegalStateException(
                                                "bad body\n" + FORGED,
                                                new IllegalArgumentException("inner\n" + FORGED))));
        assertTrue(lines.size() > 3, "the stack trace is still there, one frame a line");
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(
                    line.startsWith("\t")
                            || line.startsWith("Caused by: ")
                            || line.startsWith("java.lang.IllegalStateException: "),
                    "a continuation line: " + line);
        }
        assertTrue(lines.stream().noneMatch(line -> line.startsWith(FORGED)), lines.toString());
    }

    private static List<String> logged(java.util.function.Consumer<Logger> logging)
            throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(Path.of("src/main/resources/logback.xml").toFile());
            logging.accept(context.getLogger("dev.tpmfaqbot.runtime.Bot"));
        } finally {
            context.stop();
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
