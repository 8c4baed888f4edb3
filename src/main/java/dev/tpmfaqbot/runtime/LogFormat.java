package dev.tpmfaqbot.runtime;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.core.OutputStreamAppender;
import java.util.Locale;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code LOG_FORMAT}: {@code text} (the default: a line per event with its date, time and
 * zone) or {@code json} (one JSON object per line, Logback's own encoder, for log collectors).
 */
public final class LogFormat {
    public static final String TEXT = "text";
    public static final String JSON = "json";
    static final Set<String> FORMATS = Set.of(TEXT, JSON);

    private LogFormat() {}

    public static void apply(String format) {
        if (!JSON.equals(format.toLowerCase(Locale.ROOT))
                || !(LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                        instanceof Logger root)) {
            return;
        }
        root.iteratorForAppenders()
                .forEachRemaining(
                        appender -> {
                            if (appender instanceof OutputStreamAppender<?> stream) {
                                @SuppressWarnings("unchecked")
                                OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent>
                                        events =
                                                (OutputStreamAppender<
                                                                ch.qos.logback.classic.spi
                                                                        .ILoggingEvent>)
                                                        stream;
                                JsonEncoder encoder = new JsonEncoder();
                                encoder.setContext(root.getLoggerContext());
                                encoder.setWithFormattedMessage(
                                        true); // the message as text people read, not a pattern and
                                // arguments
                                encoder.setWithMessage(false);
                                encoder.setWithArguments(false);
                                encoder.setWithContext(false);
                                encoder.setWithSequenceNumber(false);
                                encoder.start();
                                events.stop();
                                events.setEncoder(encoder);
                                events.start();
                            }
                        });
    }
}
