package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.store.DatabaseUrl;
import dev.tpmfaqbot.store.Store;

/**
 * Opens the store a run uses ({@code Stores::open} outside tests). Messages must not contain the
 * password.
 */
@FunctionalInterface
public interface StoreOpener {
    Store open(DatabaseUrl database) throws Exception;
}
