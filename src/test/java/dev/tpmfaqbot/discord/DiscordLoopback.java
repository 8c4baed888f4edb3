package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.discord.fake.DiscordWorld;
import dev.tpmfaqbot.discord.fake.FakeDiscord;
import dev.tpmfaqbot.runtime.AdapterStartException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension for one test: a fake Discord on loopback, and every bot the test starts against
 * it; after the test the bots are closed, then the fake. {@code @RegisterExtension final
 * DiscordLoopback loopback = new DiscordLoopback(DiscordWorld.of(guild));}
 */
final class DiscordLoopback implements AfterEachCallback {
    private final FakeDiscord discord;
    private final List<DiscordBot> bots = new ArrayList<>();

    DiscordLoopback(DiscordWorld world) {
        this.discord = FakeDiscord.start(world);
    }

    FakeDiscord discord() {
        return discord;
    }

    DiscordBot start() throws AdapterStartException {
        return track(DiscordBot.start(discord));
    }

    DiscordBot start(Map<String, String> env) throws AdapterStartException {
        return track(DiscordBot.start(discord, env));
    }

    DiscordBot start(Path stateFile, Map<String, String> env, Clock clock)
            throws AdapterStartException {
        return track(DiscordBot.start(discord, stateFile, env, clock));
    }

    private synchronized DiscordBot track(DiscordBot bot) {
        bots.add(bot);
        return bot;
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        bots.forEach(DiscordBot::close);
        discord.close();
    }
}
