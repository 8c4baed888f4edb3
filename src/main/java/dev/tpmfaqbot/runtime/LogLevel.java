package dev.tpmfaqbot.runtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code LOG_LEVEL} to this project's loggers. logback.xml reads it too, but only from the
 * process environment; a value from {@code .env} reaches Logback only through here.
 */
public final class LogLevel {
    private static final String OUR_LOGGERS = "dev.tpmfaqbot";

    private LogLevel() {}

    public static void apply(String level) {
        if (LoggerFactory.getLogger(OUR_LOGGERS) instanceof Logger logback) {
            logback.setLevel(Level.toLevel(level, Level.INFO));
        }
    }
}
