package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.store.DatabaseUrl;
import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Path;

/** {@code DATABASE_URL} as the bot sees it: from the environment, else from a {@code .env} file in the folder. */
final class DatabaseSetting {
    private DatabaseSetting() {
    }

    static String fromEnvironment() {
        return read(Path.of(""));
    }

    static String read(Path folder) {
        try {
            Dotenv dotenv = Dotenv.configure().directory(folder.toAbsolutePath().toString()).ignoreIfMissing().load();
            String value = dotenv.get(DatabaseUrl.SETTING); // the environment wins over the file
            return value == null ? "" : value;
        } catch (DotenvException e) {
            // Its message may quote the line, and the line may hold a password.
            throw new IllegalStateException("cannot read " + folder.resolve(".env") + " (looking for "
                    + DatabaseUrl.SETTING + "): it is not KEY=VALUE lines");
        }
    }
}
