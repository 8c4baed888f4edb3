package dev.tpmfaqbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens connections to the database a {@link DatabaseUrl} names: direct ones, and the pool the
 * store uses.
 */
final class Connections {
    /** Several replicas each hold this many at most; PostgreSQL allows 100 by default. */
    private static final int POSTGRES_POOL = 4;

    private static final int POSTGRES_WAIT_MILLIS = 5_000;
    private static final int SQLITE_WAIT_MILLIS = 30_000;

    /**
     * How long a SQLite writer waits for the file lock another process holds (a second store on the
     * same file).
     */
    private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 10_000;

    private Connections() {}

    /**
     * Unpooled connections, for migrating and as the pool's source. Creates the SQLite file's
     * folder.
     */
    static DataSource direct(DatabaseUrl url) throws StoreStartException {
        return url.kind() == DatabaseUrl.Kind.SQLITE ? sqlite(url) : postgres(url);
    }

    static HikariDataSource pool(DatabaseUrl url, DataSource direct) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(direct);
        if (url.kind() == DatabaseUrl.Kind.SQLITE) {
            // SQLite lets one connection write at a time, per file. More connections in this
            // process would only take turns at the file lock, and a loser gets SQLITE_BUSY after
            // sleeping in the busy handler. One connection makes writers queue in the pool instead,
            // in order. (WAL would let readers run beside the writer, but the bot's reads are few
            // and tiny.)
            config.setPoolName("store-sqlite");
            config.setMaximumPoolSize(1);
            config.setConnectionTimeout(SQLITE_WAIT_MILLIS);
        } else {
            config.setPoolName("store-postgres");
            config.setMaximumPoolSize(POSTGRES_POOL);
            config.setMinimumIdle(1);
            config.setConnectionTimeout(POSTGRES_WAIT_MILLIS);
        }
        return new HikariDataSource(config);
    }

    private static DataSource sqlite(DatabaseUrl url) throws StoreStartException {
        Path file = url.sqliteFile().orElseThrow();
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreStartException(
                    "cannot create the folder " + folder + " for the " + url.describe() + ": " + e,
                    e);
        }
        SQLiteConfig config = new SQLiteConfig();
        // WAL (set once in the file, below): a commit appends to the log, so a process killed
        // mid-write leaves the last committed state readable; readers do not block the writer.
        // FULL: each commit is synced to disk, so a delivery we claimed survives a power cut too
        // (with NORMAL only an application crash is safe). The bot commits a few rows a minute;
        // the cost of one fsync each does not matter.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
        // A transaction takes the write lock when it begins, so a second writer waits its turn
        // (busy timeout) rather than failing with SQLITE_BUSY_SNAPSHOT when it starts writing after
        // reading. Flyway relies on this: it has no lock of its own on SQLite, and two processes
        // starting on a new file would otherwise both try to migrate it.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url.jdbcUrl());
        switchToWal(url);
        return source;
    }

    /**
     * Puts the file in WAL mode once, before any connection asks for it. The switch needs the file
     * to itself, and when several processes open a new file together SQLite refuses it with
     * SQLITE_BUSY at once, without waiting in the busy handler; so it is retried here until the
     * busy timeout. WAL mode is kept in the file, so every later connection uses it.
     */
    private static void switchToWal(DatabaseUrl url) throws StoreStartException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
        long deadline =
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SQLITE_BUSY_TIMEOUT_MILLIS);
        while (true) {
            try (Connection connection = config.createConnection(url.jdbcUrl());
                    Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                return;
            } catch (SQLException e) {
                boolean busy =
                        e instanceof SQLiteException sqlite
                                && (sqlite.getResultCode().code & 0xff)
                                        == SQLiteErrorCode.SQLITE_BUSY.code;
                if (!busy || System.nanoTime() > deadline) {
                    throw StartFailure.of(url, "cannot connect to the " + url.describe(), e);
                }
            }
            pauseBeforeRetry(url);
        }
    }

    private static void pauseBeforeRetry(DatabaseUrl url) throws StoreStartException {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreStartException("interrupted while opening the " + url.describe(), e);
        }
    }

    private static DataSource postgres(DatabaseUrl url) throws StoreStartException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        try {
            source.setURL(url.jdbcUrl());
        } catch (IllegalArgumentException e) {
            throw new StoreStartException(
                    "not a PostgreSQL URL the driver accepts ("
                            + url.describe()
                            + "): "
                            + url.scrub(e.getMessage()));
        }
        url.user().ifPresent(source::setUser);
        url.password().ifPresent(source::setPassword);
        source.setApplicationName("tpm-faq-bot");
        source.setConnectTimeout(10);
        source.setSocketTimeout(60);
        return source;
    }
}
