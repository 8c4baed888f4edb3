package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.TestFolders;
import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.store.DatabaseUrl;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.Stores;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Starts a bot in this JVM on a free port with its own SQLite file, and the repository's content
 * unless told otherwise. Keeps the store it opened, for tests that look into it.
 */
final class Bots {
    private Bots() {}

    static Started start(Map<String, String> variables, AdapterModule<?>... modules)
            throws Exception {
        return start(variables, UnaryOperator.identity(), modules);
    }

    /** A bot whose store is {@code wrap} applied to the real one: made slow, or failing. */
    static Started start(
            Map<String, String> variables, UnaryOperator<Store> wrap, AdapterModule<?>... modules)
            throws Exception {
        Map<String, String> all = new HashMap<>(variables);
        all.putIfAbsent(CoreSettings.PORT, "0");
        all.putIfAbsent(CoreSettings.FAQ_DIR, "faq");
        all.putIfAbsent(
                CoreSettings.DATABASE_URL,
                "sqlite:" + TestFolders.newFolder("tpm-faq-bot-test").resolve("state.db"));
        AtomicReference<Store> opened = new AtomicReference<>();
        StoreOpener stores =
                database -> {
                    opened.set(wrap.apply(Stores.open(database)));
                    return opened.get();
                };
        Bot bot = new Bot(Configuration.read(Environment.of(all), List.of(modules)), stores);
        try {
            bot.start();
        } catch (Exception | Error e) {
            bot.stop();
            throw e;
        }
        return new Started(bot, opened.get());
    }

    /** A store on a fresh SQLite file, for tests below the bot. */
    static Store sqlite() throws Exception {
        Path file = TestFolders.newFolder("tpm-faq-bot-test").resolve("state.db");
        return Stores.open(DatabaseUrl.parse("sqlite:" + file, file));
    }

    record Started(Bot bot, Store store) {
        int port() {
            return bot.port();
        }
    }
}
