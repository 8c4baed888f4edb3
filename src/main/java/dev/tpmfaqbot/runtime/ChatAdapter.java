package dev.tpmfaqbot.runtime;

import java.time.Duration;
import java.util.Optional;

/**
 * A chat platform connection (Slack, Discord, the console). The runtime starts every adapter whose
 * credentials are configured, asks each whether it is ready, and stops them on shutdown.
 */
public interface ChatAdapter {

    /** A short name for logs and readiness: "slack", "discord", "console". */
    String name();

    /**
     * Connects and starts taking events. Bad credentials throw {@link AdapterStartException} naming
     * the variable.
     */
    void start() throws AdapterStartException;

    /**
     * Called once, after every part of the bot has started and the ready line is logged. Nothing to
     * do for most adapters; the console waits for it to show its first prompt below the start-up
     * log.
     */
    default void botReady() {}

    /** Empty when connected and serving; otherwise why not, for {@code /readyz}. */
    Optional<String> notReadyReason();

    /**
     * Stops taking new events, lets work in flight finish within {@code grace}, then disconnects.
     */
    void stop(Duration grace);
}
