package dev.tpmfaqbot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Counts rows straight from the database, past any store. */
public final class TableRows {
    private TableRows() {}

    /**
     * The number of rows in {@code table} ("question" or "feedback") of the database a DATABASE_URL
     * names.
     */
    public static long count(String databaseUrl, String table) throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(databaseUrl, Path.of("unused"));
        try (Connection connection = Connections.direct(url).getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
