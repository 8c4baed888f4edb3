package dev.tpmfaqbot;

import dev.tpmfaqbot.cli.RootCommand;
import dev.tpmfaqbot.discord.DiscordModule;
import dev.tpmfaqbot.runtime.AdapterModule;
import dev.tpmfaqbot.runtime.StoreOpener;
import dev.tpmfaqbot.slack.SlackModule;
import dev.tpmfaqbot.store.Stores;
import java.util.List;

/**
 * The entry point, and the one place that names the concrete parts: the chat platforms and the
 * store. From here {@link RootCommand} picks the command; {@code run} hands these parts to {@link
 * dev.tpmfaqbot.runtime.Bot}, which starts them around the core that {@link
 * dev.tpmfaqbot.runtime.Core} assembles, the same core every test world uses.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(RootCommand.execute(chatPlatforms(), store(), args));
    }

    /** The chat platforms {@code run} can start: each starts when its variables are set. */
    static List<AdapterModule<?>> chatPlatforms() {
        return List.of(new SlackModule(), new DiscordModule());
    }

    static StoreOpener store() {
        return Stores::open;
    }
}
