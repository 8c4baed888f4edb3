package dev.tpmfaqbot.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the store the runtime and the commands use: connected, migrated and ready. */
public final class Stores {
    /**
     * Where the state lives when {@code DATABASE_URL} is not set, relative to the working
     * directory.
     */
    public static final Path DEFAULT_FILE = Path.of("data", "tpm-faq-bot.db");

    private static final Logger log = LoggerFactory.getLogger(Stores.class);

    private Stores() {}

    /**
     * Opens the database a {@code DATABASE_URL} setting names (blank: the SQLite file {@code
     * defaultFile}) and brings its schema up to date.
     *
     * @throws StoreStartException when the setting is not understood, or the database cannot be
     *     reached or migrated; the message names DATABASE_URL and never contains the password
     */
    public static Store open(String databaseUrl, Path defaultFile) throws StoreStartException {
        return open(DatabaseUrl.parse(databaseUrl, defaultFile));
    }

    public static Store open(DatabaseUrl url) throws StoreStartException {
        DataSource direct = Connections.direct(url);
        checkConnection(url, direct);
        migrate(url, direct);
        HikariDataSource pool;
        try {
            pool = Connections.pool(url, direct);
        } catch (RuntimeException e) {
            throw StartFailure.of(url, "cannot open a connection pool to the " + url.describe(), e);
        }
        return new JdbcStore(pool);
    }

    private static void checkConnection(DatabaseUrl url, DataSource direct)
            throws StoreStartException {
        try (Connection connection = direct.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw StartFailure.of(url, "cannot connect to the " + url.describe(), e);
        }
    }

    /**
     * Applies the migrations not applied yet. Replicas starting together on PostgreSQL take turns
     * (Flyway holds an advisory lock while migrating), so each migration runs once.
     */
    private static void migrate(DatabaseUrl url, DataSource direct) throws StoreStartException {
        try {
            MigrateResult result =
                    Flyway.configure()
                            .dataSource(direct)
                            .locations("classpath:db/migration")
                            .load()
                            .migrate();
            log.info(
                    "state in the {}: schema version {}, {} migration(s) applied now",
                    url.describe(),
                    result.targetSchemaVersion == null
                            ? result.initialSchemaVersion
                            : result.targetSchemaVersion,
                    result.migrationsExecuted);
        } catch (FlywayException e) {
            throw StartFailure.of(
                    url, "cannot bring the schema of the " + url.describe() + " up to date", e);
        }
    }
}
