package dev.tpmfaqbot.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresServer.Extension.class)
class PostgresStoreTest extends StoreContractTest {
    private PostgresServer server;

    @BeforeEach
    void useServer(PostgresServer server) {
        this.server = server;
    }

    @Override
    String newDatabaseUrl() throws Exception {
        return server.newDatabaseUrl();
    }

    @Override
    String databaseName() {
        return "PostgreSQL";
    }
}
