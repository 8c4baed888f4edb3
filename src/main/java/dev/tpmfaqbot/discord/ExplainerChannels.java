package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.onboarding.ChannelRef;
import dev.tpmfaqbot.onboarding.ExplainerSeries;
import dev.tpmfaqbot.onboarding.OnboardingService;
import dev.tpmfaqbot.onboarding.Schedule;
import dev.tpmfaqbot.onboarding.SeriesPoster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the explainer series in the onboarding channels this process's shards serve; when shards are
 * split across processes, each posts to its own guilds. The onboarding service decides what is
 * posted when, and that each step goes out once.
 */
final class ExplainerChannels {
    private static final Logger log = LoggerFactory.getLogger(ExplainerChannels.class);
    private static final long POST_TIMEOUT_SECONDS = 30;

    private ExplainerChannels() {}

    static Optional<ExplainerSeries> start(
            ShardManager shards,
            List<Long> channelIds,
            OnboardingService onboarding,
            Schedule schedule) {
        List<ChannelRef> served = new ArrayList<>();
        for (long id : channelIds) {
            TextChannel channel = shards.getTextChannelById(id);
            if (channel == null) {
                log.info(
                        "onboarding channel {} is not in a guild this process serves; its series runs elsewhere or "
                                + "the bot is not in that guild",
                        Long.toUnsignedString(id));
            } else {
                served.add(new ChannelRef(channel.getGuild().getId(), channel.getId()));
            }
        }
        if (served.isEmpty()) {
            return Optional.empty();
        }
        ExplainerSeries series =
                onboarding.series(DiscordQuestions.PLATFORM, served, schedule, poster(shards));
        series.start();
        return Optional.of(series);
    }

    private static SeriesPoster poster(ShardManager shards) {
        return (ref, explainer) -> {
            TextChannel channel = shards.getTextChannelById(ref.channel());
            if (channel == null) {
                throw new IllegalStateException("channel " + ref.channel() + " is not available");
            }
            channel.sendMessage(DiscordMessages.answer(explainer))
                    .submit()
                    .get(POST_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        };
    }
}
