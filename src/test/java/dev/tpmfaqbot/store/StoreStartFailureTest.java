package dev.tpmfaqbot.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that cannot be used at start is an error naming DATABASE_URL, without the password.
 */
@ExtendWith(PostgresServer.Extension.class)
class StoreStartFailureTest {
    private static final String PASSWORD = "Never-Print-Me-7f3a";

    @TempDir Path folder;

    @Test
    void aServerThatIsNotThere() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertRefusedSafely(
                "postgres://bot:" + PASSWORD + "@127.0.0.1:" + closedPort + "/faq",
                "cannot connect");
        assertRefusedSafely(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/faq?user=bot&password=" + PASSWORD,
                "cannot connect");
    }

    @Test
    void aWrongPasswordOrAMissingDatabase(PostgresServer server) {
        String url = server.url("bot", PASSWORD, "no_such_database");

        assertRefusedSafely(url, "cannot connect");
    }

    @Test
    void aSqliteFileThatCannotBeCreated() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "");

        assertRefusedSafely("sqlite:" + notAFolder.resolve("state.db"), "cannot create the folder");
    }

    @Test
    void aSettingThatIsNotADatabaseUrl() {
        assertRefusedSafely("mysql://bot:" + PASSWORD + "@db/faq", "not a database URL");
    }

    private static void assertRefusedSafely(String setting, String expected) {
        StoreStartException refused =
                assertThrows(
                        StoreStartException.class,
                        () -> Stores.open(setting, Path.of("unused.db")).close());

        String message = refused.getMessage();
        assertTrue(message.startsWith("DATABASE_URL"), message);
        assertTrue(message.contains(expected), message);
        StringWriter trace = new StringWriter();
        refused.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains(PASSWORD), trace.toString());
    }
}
