package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import java.util.Optional;

/**
 * How the runtime finds a chat platform. Configuration is read and checked for every module before
 * anything starts, so that all problems are reported together; adapters are created afterwards.
 *
 * @param <S> the module's own validated settings
 */
public interface AdapterModule<S> {

    String name();

    /**
     * This platform's settings; empty when none of its variables are set. Problems are added, never
     * thrown.
     */
    Optional<S> settings(Environment environment, ConfigProblems problems);

    ChatAdapter create(S settings, AdapterContext context);
}
