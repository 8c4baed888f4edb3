package dev.tpmfaqbot.runtime;

/**
 * A part of the bot could not start (the database, the HTTP port); the message names the setting
 * involved.
 */
public final class StartFailedException extends Exception {
    public StartFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
