package dev.tpmfaqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContractTest {
    private static final AtomicInteger files = new AtomicInteger();

    @TempDir Path folder;

    @Override
    String newDatabaseUrl() {
        return "sqlite:" + folder.resolve("state-" + files.incrementAndGet() + ".db");
    }

    @Override
    String databaseName() {
        return "SQLite";
    }

    @Test
    void withoutDatabaseUrlTheDefaultFileIsCreatedWithItsFolder() throws Exception {
        Path file = folder.resolve("data").resolve("tpm-faq-bot.db");

        try (Store store = Stores.open("  ", file)) {
            assertTrue(store.claimDelivery(welcome("U1")));
        }

        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void connectionsUseWalAndSyncEveryCommit() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(newDatabaseUrl(), Path.of("unused"));
        try (Connection connection = Connections.direct(url).getConnection();
                Statement statement = connection.createStatement()) {
            assertEquals("wal", pragma(statement, "journal_mode"));
            assertEquals("2", pragma(statement, "synchronous"), "FULL");
            assertEquals("10000", pragma(statement, "busy_timeout"));
        }
    }

    private static String pragma(Statement statement, String name) throws Exception {
        try (ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
