package dev.tpmfaqbot.slack;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.onboarding.ChannelRef;
import dev.tpmfaqbot.onboarding.SeriesPoster;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * Posts one step of the explainer series to an onboarding channel, for everyone. The series' timer
 * is interrupted when it is closed; a post interrupted halfway may already be in the channel, and
 * reporting it as failed would make the next slot post it again. So the post runs on the adapter's
 * work threads, which finish it on shutdown, and this waits for the outcome.
 */
final class ChannelSeriesPoster implements SeriesPoster {
    private final Replies replies;
    private final AfterAck work;

    ChannelSeriesPoster(Replies replies, AfterAck work) {
        this.replies = replies;
        this.work = work;
    }

    @Override
    public void post(ChannelRef channel, Answer explainer) throws Exception {
        SlackMessage message = BlockKitRenderer.answer(explainer, Presentation.publicReply());
        Future<Void> posting;
        try {
            posting = work.submit(() -> replies.post(channel.channel(), null, message));
        } catch (RejectedExecutionException e) {
            throw new SlackCallFailed("not posted: the Slack adapter is stopping");
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    posting.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
