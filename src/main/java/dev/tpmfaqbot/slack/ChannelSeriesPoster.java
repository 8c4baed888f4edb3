package dev.tpmfaqbot.slack;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.onboarding.ChannelRef;
import dev.tpmfaqbot.onboarding.SeriesPoster;

/** Posts one step of the explainer series to an onboarding channel, for everyone. */
final class ChannelSeriesPoster implements SeriesPoster {
    private final Replies replies;
    private final BlockKitRenderer render;

    ChannelSeriesPoster(Replies replies, BlockKitRenderer render) {
        this.replies = replies;
        this.render = render;
    }

    @Override
    public void post(ChannelRef channel, Answer explainer) throws Exception {
        replies.post(channel.channel(), null, render.answer(explainer, Presentation.publicReply()));
    }
}
