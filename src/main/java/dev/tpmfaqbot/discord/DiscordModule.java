package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.answer.Platform;
import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.runtime.AdapterContext;
import dev.tpmfaqbot.runtime.AdapterModule;
import dev.tpmfaqbot.runtime.ChatAdapter;
import java.util.Optional;

/** Discord for the runtime: on when any {@code DISCORD_} variable is set (see docs/discord.md). */
public final class DiscordModule implements AdapterModule<DiscordSettings> {

    @Override
    public String name() {
        return Platform.DISCORD.id();
    }

    @Override
    public Optional<DiscordSettings> settings(Environment environment, ConfigProblems problems) {
        return new DiscordSettingsReader(environment, problems).read();
    }

    @Override
    public ChatAdapter create(DiscordSettings settings, AdapterContext context) {
        return new DiscordAdapter(settings, context);
    }
}
