package dev.tpmfaqbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import dev.tpmfaqbot.onboarding.OnboardingService;
import java.util.Set;

/**
 * Someone joined an onboarding channel: a welcome only they see, once, with buttons to the starter
 * topics.
 */
final class OnboardingHandler implements BoltEventHandler<MemberJoinedChannelEvent> {
    private final OnboardingService onboarding;
    private final AfterAck work;
    private final Replies replies;
    private final Set<String> onboardingChannels;

    OnboardingHandler(
            OnboardingService onboarding,
            AfterAck work,
            Replies replies,
            Set<String> onboardingChannels) {
        this.onboarding = onboarding;
        this.work = work;
        this.replies = replies;
        this.onboardingChannels = onboardingChannels;
    }

    @Override
    public Response apply(
            EventsApiPayload<MemberJoinedChannelEvent> payload, EventContext context) {
        MemberJoinedChannelEvent event = payload.getEvent();
        String user = event.getUser();
        if (!onboardingChannels.contains(event.getChannel())
                || user == null
                || user.equals(context.getBotUserId())) {
            return context.ack();
        }
        String team = event.getTeam() != null ? event.getTeam() : context.getTeamId();
        // The store's claim makes this once per person and channel, whichever replica or retry gets
        // here first. While the database is out of reach the welcome is retried later by the
        // onboarding service.
        work.send(
                "welcome",
                () ->
                        onboarding.welcome(
                                SlackAdapter.PLATFORM,
                                team,
                                event.getChannel(),
                                user,
                                welcome ->
                                        replies.postEphemeral(
                                                event.getChannel(),
                                                user,
                                                SlackMessages.welcome(welcome))));
        return context.ack();
    }
}
