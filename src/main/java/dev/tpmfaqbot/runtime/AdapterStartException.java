package dev.tpmfaqbot.runtime;

/** An adapter could not start; the message names the setting to fix and never contains a secret. */
public final class AdapterStartException extends Exception {
    public AdapterStartException(String message) {
        super(message);
    }

    public AdapterStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
