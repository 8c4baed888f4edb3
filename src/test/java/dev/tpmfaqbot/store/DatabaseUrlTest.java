package dev.tpmfaqbot.store;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {
    private static final Path DEFAULT = Path.of("data", "tpm-faq-bot.db");

    private static DatabaseUrl parse(String setting) throws StoreStartException {
        return DatabaseUrl.parse(setting, DEFAULT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void unsetMeansTheDefaultSqliteFile(String setting) throws Exception {
        DatabaseUrl url = parse(setting);

        assertEquals(DatabaseUrl.Kind.SQLITE, url.kind());
        assertEquals(Optional.of(DEFAULT), url.sqliteFile());
        assertEquals("jdbc:sqlite:data/tpm-faq-bot.db", url.jdbcUrl());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sqlite:/var/lib/bot/state.db",
                "jdbc:sqlite:/var/lib/bot/state.db",
                "SQLite:/var/lib/bot/state.db"
            })
    void sqliteFiles(String setting) throws Exception {
        DatabaseUrl url = parse(setting);

        assertEquals(Optional.of(Path.of("/var/lib/bot/state.db")), url.sqliteFile());
        assertEquals("SQLite file /var/lib/bot/state.db", url.describe());
    }

    @Test
    void aRelativeSqliteFileStaysRelativeToTheWorkingDirectory() throws Exception {
        assertEquals(
                Optional.of(Path.of("state/bot.db")), parse("sqlite:state/bot.db").sqliteFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite:", "jdbc:sqlite::memory:", "sqlite:///data/x.db"})
    void aSqliteSettingWithoutAFileIsRefused(String setting) {
        StoreStartException refused = assertThrows(StoreStartException.class, () -> parse(setting));

        assertTrue(refused.getMessage().contains("DATABASE_URL"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "postgresql"})
    void theServiceFormBecomesJdbcWithUserAndPassword(String scheme) throws Exception {
        DatabaseUrl url =
                parse(scheme + "://bot:s3cr%40t+x@db.example.com:6543/faq?sslmode=require");

        assertAll(
                () -> assertEquals(DatabaseUrl.Kind.POSTGRES, url.kind()),
                () ->
                        assertEquals(
                                "jdbc:postgresql://db.example.com:6543/faq?sslmode=require",
                                url.jdbcUrl()),
                () -> assertEquals(Optional.of("bot"), url.user()),
                () -> assertEquals(Optional.of("s3cr@t+x"), url.password()),
                () -> assertEquals(Optional.empty(), url.sqliteFile()),
                () ->
                        assertEquals(
                                "PostgreSQL db.example.com:6543/faq as user bot", url.describe()));
    }

    @Test
    void anAtSignInAnUnencodedPasswordIsPartOfThePassword() throws Exception {
        DatabaseUrl url = parse("postgres://bot:p@ss@localhost/faq");

        assertEquals(Optional.of("p@ss"), url.password());
        assertEquals("jdbc:postgresql://localhost/faq", url.jdbcUrl());
    }

    @Test
    void theServiceFormWithoutCredentialsOrPort() throws Exception {
        DatabaseUrl url = parse("postgresql://localhost/faq");

        assertEquals("jdbc:postgresql://localhost/faq", url.jdbcUrl());
        assertEquals(Optional.empty(), url.user());
        assertEquals(Optional.empty(), url.password());
    }

    @Test
    void aJdbcUrlIsPassedOnAsItIs() throws Exception {
        String jdbc = "jdbc:postgresql://db:5432/faq?user=bot&password=hunter2&ssl=true";
        DatabaseUrl url = parse(jdbc);

        assertEquals(jdbc, url.jdbcUrl());
        assertEquals("PostgreSQL db:5432/faq as user bot", url.describe());
        assertEquals("refused: ***", url.scrub("refused: hunter2"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "postgres://bot:Pa55-w0rd-X@db:5432/faq",
                "postgres://bot:Pa55%2Dw0rd%2DX@db:5432/faq",
                "jdbc:postgresql://db:5432/faq?user=bot&password=Pa55-w0rd-X",
                "jdbc:postgresql://bot:Pa55-w0rd-X@db:5432/faq"
            })
    void thePasswordIsNeverShown(String setting) throws Exception {
        DatabaseUrl url = parse(setting);

        assertFalse(url.toString().contains("Pa55"), url.toString());
        assertFalse(url.describe().contains("Pa55"), url.describe());
        assertEquals("no *** here", url.scrub("no Pa55-w0rd-X here"), "as decoded");
        assertEquals(
                "no *** here",
                url.scrub(
                        "no "
                                + setting.replaceAll(".*(bot:|password=)(Pa55[^@]*).*", "$2")
                                + " here"),
                "as written");
    }

    @Test
    void userInfoInAJdbcUrlBecomesTheCredentials() throws Exception {
        DatabaseUrl url =
                parse("jdbc:postgresql://bob:Hunter2-Secret@127.0.0.1:1/db?sslmode=require");

        assertEquals("jdbc:postgresql://127.0.0.1:1/db?sslmode=require", url.jdbcUrl());
        assertEquals(Optional.of("bob"), url.user());
        assertEquals(Optional.of("Hunter2-Secret"), url.password());
        assertEquals("PostgreSQL 127.0.0.1:1/db as user bob", url.describe());
    }

    @Test
    void anyUserInfoInAMessageIsScrubbed() throws Exception {
        DatabaseUrl url = parse("postgres://bot:Pa55@db/faq");

        assertEquals(
                "cannot open jdbc:postgresql://eve:***@db/faq",
                url.scrub("cannot open jdbc:postgresql://eve:0ther-S3cret@db/faq"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "mysql://bot:Pa55-w0rd-X@db/faq",
                "db.example.com:5432",
                "postgres://bot:Pa55-w0rd-X@/faq",
                "Pa55-w0rd-X"
            })
    void anythingElseIsRefusedNamingTheSettingButNotThePassword(String setting) {
        StoreStartException refused = assertThrows(StoreStartException.class, () -> parse(setting));

        assertTrue(refused.getMessage().startsWith("DATABASE_URL"), refused.getMessage());
        assertFalse(refused.getMessage().contains("Pa55"), refused.getMessage());
    }
}
