package dev.tpmfaqbot.store;

import java.sql.SQLException;

/** A store operation failed once running (the database went away, a disk filled up). */
public final class StoreException extends RuntimeException {
    public StoreException(String doing, SQLException cause) {
        super("store: " + doing + " failed: " + cause.getMessage(), cause);
    }
}
