package dev.tpmfaqbot.store;

/**
 * The store could not start: a setting the bot does not understand, or a database it cannot reach
 * or migrate. The message names {@code DATABASE_URL} and never contains the password.
 */
public final class StoreStartException extends Exception {
    public StoreStartException(String message) {
        super(message);
    }

    public StoreStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
