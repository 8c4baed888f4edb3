package dev.tpmfaqbot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the adapter when a shard is connected, and explains the connection ends an operator must
 * fix.
 */
final class ConnectionListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(ConnectionListener.class);

    private final Runnable shardReady;

    ConnectionListener(Runnable shardReady) {
        this.shardReady = shardReady;
    }

    @Override
    public void onReady(ReadyEvent event) {
        log.info(
                "discord shard {} connected: {} guild(s)",
                event.getJDA().getShardInfo().getShardString(),
                event.getGuildTotalCount());
    }

    // JDA marks a shard CONNECTED only after READY has been handled
    @Override
    public void onStatusChange(StatusChangeEvent event) {
        if (event.getNewStatus() == JDA.Status.CONNECTED) {
            shardReady.run();
        }
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        log.info(
                "discord shard {} resumed its session",
                event.getJDA().getShardInfo().getShardString());
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        CloseCode code = event.getCloseCode();
        if (code == CloseCode.DISALLOWED_INTENTS) {
            log.error(
                    "Discord refused the gateway intents: switch on the intents docs/discord.md lists on the Bot "
                            + "page of your application, or unset {} and {}",
                    DiscordSettings.ASK_CHANNELS,
                    DiscordSettings.ONBOARDING_CHANNELS);
        } else if (code == CloseCode.AUTHENTICATION_FAILED) {
            log.error(
                    "{}: Discord refused the bot token; copy a fresh one from the developer portal",
                    DiscordSettings.TOKEN);
        } else if (code != null && !code.isReconnect()) {
            log.error(
                    "Discord closed the connection of shard {}: {}",
                    event.getJDA().getShardInfo().getShardString(),
                    code.getMeaning());
        }
    }
}
