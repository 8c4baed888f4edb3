package dev.tpmfaqbot.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

    @Test
    void everyFormOfTheUrlReachesTheSameDatabase() throws Exception {
        String postgres = newDatabaseUrl();
        DatabaseUrl parsed = DatabaseUrl.parse(postgres, Path.of("unused"));
        String postgresql = postgres.replaceFirst("^postgres://", "postgresql://");
        String jdbc =
                parsed.jdbcUrl()
                        + "&user="
                        + encode(parsed.user().orElseThrow())
                        + "&password="
                        + encode(parsed.password().orElseThrow());

        assertTrue(open(postgres).claimDelivery(welcome("U1")));
        assertTrue(
                StoreReads.isDelivered(open(postgresql), welcome("U1")),
                postgresql.replace(parsed.password().orElseThrow(), "***"));
        assertTrue(StoreReads.isDelivered(open(jdbc), welcome("U1")), "the jdbc:postgresql form");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
