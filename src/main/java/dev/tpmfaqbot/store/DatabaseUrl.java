package dev.tpmfaqbot.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the state lives, read from the {@code DATABASE_URL} setting: a SQLite file (the default) or
 * a PostgreSQL server. Never shows the password: {@link #toString()} is the safe {@link
 * #describe()}.
 */
public final class DatabaseUrl {
    public static final String SETTING = "DATABASE_URL";

    private static final String EXPECTED =
            "expected nothing (a SQLite file), sqlite:PATH, jdbc:sqlite:PATH, "
                    + "postgres://USER:PASSWORD@HOST:PORT/DATABASE, postgresql://… or jdbc:postgresql://HOST:PORT/DATABASE";

    /** {@code password=…} among the query parameters of a JDBC URL. */
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("[?&]password=([^&]*)", Pattern.CASE_INSENSITIVE);

    /** {@code USER:PASSWORD@} after a URL's {@code //}. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]*:)[^/@\\s]*@");

    private static final Pattern USER_PARAMETER =
            Pattern.compile("[?&]user=([^&]*)", Pattern.CASE_INSENSITIVE);

    public enum Kind {
        SQLITE,
        POSTGRES
    }

    private final Kind kind;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Path sqliteFile;

    /** The password as written in the setting and as decoded, to scrub from any message. */
    private final List<String> secrets;

    private DatabaseUrl(
            Kind kind,
            String jdbcUrl,
            String user,
            String password,
            Path sqliteFile,
            List<String> secrets) {
        this.kind = kind;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.sqliteFile = sqliteFile;
        this.secrets = secrets.stream().filter(secret -> !secret.isEmpty()).toList();
    }

    /** Reads a setting; blank means the SQLite file {@code defaultFile}. */
    public static DatabaseUrl parse(String setting, Path defaultFile) throws StoreStartException {
        String value = setting == null ? "" : setting.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return sqlite(defaultFile);
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            return sqlite(sqlitePath(value.substring("jdbc:sqlite:".length())));
        }
        if (lower.startsWith("sqlite:")) {
            return sqlite(sqlitePath(value.substring("sqlite:".length())));
        }
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            return fromServiceUrl(value.substring(value.indexOf("://") + 3));
        }
        if (lower.startsWith("jdbc:postgresql://")) {
            return fromJdbcUrl(value);
        }
        int colon = value.indexOf(':');
        String scheme =
                colon > 0 && colon < 20
                        ? "'" + value.substring(0, colon + 1) + "…'"
                        : "something else";
        throw new StoreStartException(
                "not a database URL this bot understands: " + EXPECTED + "; it is " + scheme);
    }

    public Kind kind() {
        return kind;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    Optional<String> user() {
        return Optional.ofNullable(user);
    }

    Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** The database file, for SQLite. */
    public Optional<Path> sqliteFile() {
        return Optional.ofNullable(sqliteFile);
    }

    /** Where the state lives, fit for logs and error messages: no password. */
    public String describe() {
        if (kind == Kind.SQLITE) {
            return "SQLite file " + sqliteFile;
        }
        String address = jdbcUrl.substring("jdbc:postgresql://".length());
        int query = address.indexOf('?');
        String where = query < 0 ? address : address.substring(0, query);
        return "PostgreSQL " + where + (user == null ? "" : " as user " + user);
    }

    /**
     * The text with the password replaced by ***, for messages that come from drivers; also any
     * {@code USER:PASSWORD@} in a URL, whatever its password.
     */
    public String scrub(String text) {
        if (text == null) {
            return "";
        }
        String scrubbed = USER_INFO.matcher(text).replaceAll("$1***@");
        for (String secret : secrets) {
            scrubbed = scrubbed.replace(secret, "***");
        }
        return scrubbed;
    }

    @Override
    public String toString() {
        return describe();
    }

    private static DatabaseUrl sqlite(Path file) {
        return new DatabaseUrl(Kind.SQLITE, "jdbc:sqlite:" + file, null, null, file, List.of());
    }

    private static Path sqlitePath(String path) throws StoreStartException {
        if (path.isBlank() || path.contains(":memory:") || path.startsWith("//")) {
            throw new StoreStartException(
                    "names no SQLite file: write sqlite:PATH, for example "
                            + "sqlite:data/tpm-faq-bot.db or sqlite:/var/lib/tpm-faq-bot/state.db (the state must outlive the process)");
        }
        return Path.of(path);
    }

    /**
     * {@code USER:PASSWORD@HOST:PORT/DATABASE?PARAMS}, as Heroku, Docker and most hosts print it.
     */
    private static DatabaseUrl fromServiceUrl(String rest) throws StoreStartException {
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String databaseAndParameters = slash < 0 ? "" : rest.substring(slash);
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? null : authority.substring(0, at);
        String hosts = authority.substring(at + 1);
        if (hosts.isBlank()) {
            throw new StoreStartException("names no PostgreSQL host: " + EXPECTED);
        }
        String user = null;
        String password = null;
        List<String> secrets = List.of();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0) {
                String written = userInfo.substring(colon + 1);
                password = decode(written);
                secrets = List.of(written, password);
            }
        }
        return new DatabaseUrl(
                Kind.POSTGRES,
                "jdbc:postgresql://" + hosts + databaseAndParameters,
                user == null || user.isEmpty() ? null : user,
                password,
                null,
                secrets);
    }

    /**
     * Passed on as it is, but for a {@code USER:PASSWORD@} before the host, which the driver does
     * not read: taken out and used as the credentials. The driver reads any user and password among
     * its parameters.
     */
    private static DatabaseUrl fromJdbcUrl(String url) throws StoreStartException {
        String rest = url.substring("jdbc:postgresql://".length());
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        if (authority.contains("@")) {
            return fromServiceUrl(rest);
        }
        Matcher password = PASSWORD_PARAMETER.matcher(url);
        Matcher user = USER_PARAMETER.matcher(url);
        List<String> secrets =
                password.find() ? List.of(password.group(1), decode(password.group(1))) : List.of();
        return new DatabaseUrl(
                Kind.POSTGRES,
                url,
                user.find() ? decode(user.group(1)) : null,
                null,
                null,
                secrets);
    }

    /** Percent-decoding where a + is a plus, as in URLs (URLDecoder would make it a space). */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return text; // a lone % (as in "100%"): taken literally
        }
    }
}
