package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.store.Store;
import java.util.Optional;

/** Opens the store a run uses: the embedded default when {@code databaseUrl} is empty. */
@FunctionalInterface
public interface StoreOpener {
    Store open(Optional<String> databaseUrl) throws Exception;
}
