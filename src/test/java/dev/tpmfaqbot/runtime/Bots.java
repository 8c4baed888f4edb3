package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.store.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts a bot in this JVM on a free port, with the repository's content unless told otherwise. */
final class Bots {
    private Bots() {
    }

    static Bot start(Map<String, String> variables, Store store, AdapterModule<?>... modules) throws Exception {
        Map<String, String> all = new HashMap<>(variables);
        all.putIfAbsent(CoreSettings.PORT, "0");
        all.putIfAbsent(CoreSettings.FAQ_DIR, "faq");
        Bot bot = new Bot(Configuration.read(Environment.of(all), List.of(modules)), url -> store);
        try {
            bot.start();
        } catch (Exception | Error e) {
            bot.stop();
            throw e;
        }
        return bot;
    }
}
