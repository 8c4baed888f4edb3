package dev.tpmfaqbot.runtime;

/**
 * An adapter could not start; the message names the setting to fix and never contains a secret.
 * {@link #unreachable} when the platform could not be reached at all (exit code 1: try again
 * later), otherwise it refused what it was given (exit code 2: fix the configuration).
 */
public final class AdapterStartException extends Exception {
    private final boolean unreachable;

    public AdapterStartException(String message) {
        this(message, null, false);
    }

    public AdapterStartException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private AdapterStartException(String message, Throwable cause, boolean unreachable) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /**
     * The platform did not answer (no network, wrong address, down): nothing in the configuration
     * was refused.
     */
    public static AdapterStartException unreachable(String message, Throwable cause) {
        return new AdapterStartException(message, cause, true);
    }

    public boolean isUnreachable() {
        return unreachable;
    }
}
