package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.onboarding.OnboardingService;
import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A member who joins a guild is welcomed in that guild's onboarding channel, mentioning only them,
 * with starter-topic buttons. The onboarding service makes sure each newcomer is welcomed once per
 * channel, even when the event is delivered twice or replicas race; a failed send is given back.
 */
final class WelcomeListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(WelcomeListener.class);

    private final OnboardingService onboarding;
    private final List<Long> onboardingChannels;

    WelcomeListener(OnboardingService onboarding, List<Long> onboardingChannels) {
        this.onboarding = onboarding;
        this.onboardingChannels = List.copyOf(onboardingChannels);
    }

    @Override
    public void onGuildMemberJoin(GuildMemberJoinEvent event) {
        if (event.getUser().isBot()) {
            return;
        }
        Guild guild = event.getGuild();
        for (long channelId : onboardingChannels) {
            TextChannel channel = guild.getTextChannelById(channelId);
            if (channel != null) {
                welcome(guild, channel, event.getUser().getIdLong());
            }
        }
    }

    private void welcome(Guild guild, TextChannel channel, long userId) {
        String user = Long.toUnsignedString(userId);
        onboarding.welcome(
                DiscordQuestions.PLATFORM,
                guild.getId(),
                channel.getId(),
                user,
                w ->
                        channel.sendMessage(DiscordMessages.welcome(w, userId))
                                .queue(
                                        null,
                                        failure -> {
                                            log.warn(
                                                    "could not welcome a member in #{}: {}",
                                                    channel.getName(),
                                                    failure.toString());
                                            onboarding.welcomeNotSent(
                                                    DiscordQuestions.PLATFORM,
                                                    guild.getId(),
                                                    channel.getId(),
                                                    user);
                                        }));
    }
}
