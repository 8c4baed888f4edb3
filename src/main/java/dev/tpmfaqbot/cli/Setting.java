package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.store.DatabaseUrl;
import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Path;

/**
 * A setting as the bot sees it: from the environment, else from a {@code .env} file in the folder.
 */
final class Setting {
    private Setting() {}

    static String fromEnvironment() {
        return read(Path.of(""));
    }

    /** {@code DATABASE_URL}. */
    static String read(Path folder) {
        return read(folder, DatabaseUrl.SETTING);
    }

    /** Any variable from the working directory's {@code .env} or the environment; "" when unset. */
    static String named(String name) {
        return read(Path.of(""), name);
    }

    static String read(Path folder, String name) {
        try {
            Dotenv dotenv =
                    Dotenv.configure()
                            .directory(folder.toAbsolutePath().toString())
                            .ignoreIfMissing()
                            .load();
            String value = dotenv.get(name); // the environment wins over the file
            return value == null ? "" : value;
        } catch (DotenvException e) {
            // Its message may quote the line, and the line may hold a password.
            throw new IllegalStateException(
                    "cannot read "
                            + folder.resolve(".env")
                            + " (looking for "
                            + name
                            + "): it is not KEY=VALUE lines");
        }
    }
}
