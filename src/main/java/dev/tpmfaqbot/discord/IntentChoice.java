package dev.tpmfaqbot.discord;

import java.util.EnumSet;
import java.util.Optional;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway intents to ask for. Slash commands need none; mentions and DMs need only the
 * unprivileged message intents. The privileged ones are asked for only when a feature needs them
 * and the application has them; otherwise the bot says once what to switch on and goes on without.
 */
final class IntentChoice {
    private static final Logger log = LoggerFactory.getLogger(IntentChoice.class);

    private IntentChoice() {}

    static EnumSet<GatewayIntent> choose(
            DiscordSettings settings, Optional<ApplicationCheck.Application> app) {
        EnumSet<GatewayIntent> intents =
                EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        if (!settings.askChannels().isEmpty()) {
            if (app.map(ApplicationCheck.Application::messageContentIntent).orElse(true)) {
                intents.add(GatewayIntent.MESSAGE_CONTENT);
            } else {
                log.warn(
                        "{} is set, but the Message Content intent is off, so the bot cannot read messages there. "
                                + "Switch on \"Message Content Intent\" on the Bot page of your application in the Discord "
                                + "developer portal (see docs/discord.md) and restart. Until then the bot answers mentions, "
                                + "DMs and slash commands only.",
                        DiscordSettings.ASK_CHANNELS);
            }
        }
        if (!settings.onboardingChannels().isEmpty()) {
            if (app.map(ApplicationCheck.Application::membersIntent).orElse(true)) {
                intents.add(GatewayIntent.GUILD_MEMBERS);
            } else {
                log.warn(
                        "{} is set, but the Server Members intent is off, so the bot is not told when members "
                                + "join and sends no welcomes. Switch on \"Server Members Intent\" on the Bot page of your "
                                + "application in the Discord developer portal (see docs/discord.md) and restart. The "
                                + "explainer series is posted regardless.",
                        DiscordSettings.ONBOARDING_CHANNELS);
            }
        }
        return intents;
    }
}
