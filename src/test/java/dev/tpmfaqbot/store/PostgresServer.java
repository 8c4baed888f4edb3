package dev.tpmfaqbot.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real PostgreSQL server for tests: the one {@code TPM_TEST_POSTGRES_URL} names ({@code
 * postgres://USER:PASSWORD@HOST:PORT/DATABASE}, a user that may create schemas), or else a
 * throwaway server started from the installed binaries. With neither, tests fail and say what to
 * install; they are never skipped. One server serves the whole test run: add
 * {@code @ExtendWith(PostgresServer.Extension.class)} and take a {@code PostgresServer} parameter;
 * JUnit stops the server (or drops the schemas made on an outside one) when all tests are done.
 */
public final class PostgresServer implements AutoCloseable {
    static final String SETTING = "TPM_TEST_POSTGRES_URL";
    private static final Pattern SERVICE_URL =
            Pattern.compile("postgres(?:ql)?://([^:@/]+):([^@/]*)@([^/?]+)/([^/?]+)");
    private static final String HOW_TO_FIX =
            "The PostgreSQL tests need a PostgreSQL server and found none. Either install "
                    + "Debian's postgresql package (apt-get install postgresql: the tests start a throwaway server from "
                    + "/usr/lib/postgresql/VERSION/bin), or set "
                    + SETTING
                    + "=postgres://USER:PASSWORD@HOST:PORT/DATABASE "
                    + "to a server where that user may create schemas.";

    private final String user;
    private final String password;
    private final String hostAndPort;
    private final String database;
    private final ThrowawayPostgres throwaway;
    private final List<String> schemas = new ArrayList<>();

    private PostgresServer(
            String user,
            String password,
            String hostAndPort,
            String database,
            ThrowawayPostgres throwaway) {
        this.user = user;
        this.password = password;
        this.hostAndPort = hostAndPort;
        this.database = database;
        this.throwaway = throwaway;
    }

    static PostgresServer start() throws Exception {
        String configured = System.getenv(SETTING);
        if (configured != null && !configured.isBlank()) {
            Matcher url = SERVICE_URL.matcher(configured.strip());
            if (!url.matches()) {
                throw new IllegalStateException(
                        SETTING + " must look like postgres://USER:PASSWORD@HOST:PORT/DATABASE");
            }
            return new PostgresServer(
                    decode(url.group(1)), decode(url.group(2)), url.group(3), url.group(4), null);
        }
        Path bin =
                ThrowawayPostgres.installedBinaries()
                        .orElseThrow(() -> new IllegalStateException(HOW_TO_FIX));
        ThrowawayPostgres server = ThrowawayPostgres.start(bin);
        return new PostgresServer(
                ThrowawayPostgres.USER,
                server.password,
                "127.0.0.1:" + server.port,
                "postgres",
                server);
    }

    /** A {@code DATABASE_URL} (postgres://…) for an empty schema of its own on this server. */
    public synchronized String newDatabaseUrl() throws Exception {
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        schemas.add(schema);
        return url(user, password, database) + "?currentSchema=" + schema;
    }

    /** A {@code DATABASE_URL} for this server with other credentials or another database. */
    public String url(String user, String password, String database) {
        return "postgres://"
                + encode(user)
                + ":"
                + encode(password)
                + "@"
                + hostAndPort
                + "/"
                + database;
    }

    /** HOST:PORT. */
    public String address() {
        return hostAndPort;
    }

    public boolean isThrowaway() {
        return throwaway != null;
    }

    @Override
    public synchronized void close() throws Exception {
        if (throwaway != null) {
            throwaway.close();
            return;
        }
        for (String schema : schemas) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private void execute(String sql) throws StoreStartException, SQLException {
        DatabaseUrl admin = DatabaseUrl.parse(url(user, password, database), Path.of("unused"));
        try (Connection connection = Connections.direct(admin).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Hands the run's one server to tests that ask for a {@code PostgresServer} parameter. */
    public static final class Extension implements ParameterResolver {
        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(PostgresServer.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == PostgresServer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            // Kept in the root store: shared by every test class, closed by JUnit after the last
            // one.
            return context.getRoot()
                    .getStore(NAMESPACE)
                    .getOrComputeIfAbsent(
                            PostgresServer.class,
                            key -> {
                                try {
                                    return start();
                                } catch (RuntimeException e) {
                                    throw e;
                                } catch (Exception e) {
                                    throw new IllegalStateException(
                                            "could not start PostgreSQL for the tests: " + e, e);
                                }
                            },
                            PostgresServer.class);
        }
    }
}
