package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.runtime.AdapterStartException;

/** The one message for a token Discord refuses, wherever that is found out. */
final class BadToken {
    private BadToken() {}

    static AdapterStartException exception() {
        return new AdapterStartException(
                DiscordSettings.TOKEN
                        + ": Discord refused the bot token. Copy a fresh one "
                        + "from the Bot page of your application in the Discord developer portal (Reset Token).");
    }
}
