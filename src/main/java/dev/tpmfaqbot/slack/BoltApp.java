package dev.tpmfaqbot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.builtin.Assistant;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MessageEvent;
import dev.tpmfaqbot.runtime.AdapterContext;
import java.util.Set;

/** The Bolt app: which handler gets which Slack request. Shared by both connection modes. */
final class BoltApp {
    private BoltApp() {}

    static App build(
            Slack slack,
            SlackSettings settings,
            AdapterContext context,
            AfterAck work,
            Replies replies,
            BlockKitRenderer render) {
        App app =
                new App(
                        AppConfig.builder()
                                .singleTeamBotToken(settings.botToken())
                                .signingSecret(settings.signingSecret().orElse(null))
                                .slack(slack)
                                // Events we subscribe to but do not handle (edits, channel joins
                                // elsewhere) still get their 200.
                                .allEventsApiAutoAckEnabled(true)
                                // The token was checked at start. Otherwise Bolt checks it again
                                // with auth.test inside the
                                // three seconds of a request, every ten minutes, on every request
                                // that arrives while it waits.
                                .authTestCacheExpirationMillis(-1)
                                .build());
        AnswerButtons answers = new AnswerButtons(context.faq(), work, replies, render);
        FeedbackButtons feedback = new FeedbackButtons(context.faq(), work, replies, render);

        app.command(SlashCommands.COMMAND, new SlashCommands(context.faq(), work, replies, render));
        app.event(AppMentionEvent.class, new MentionHandler(context.faq(), work, replies, render));
        app.event(
                MessageEvent.class,
                new MessageHandler(context.faq(), work, replies, render, settings.askChannels()));
        app.event(
                MemberJoinedChannelEvent.class,
                new OnboardingHandler(
                        context.onboarding(),
                        work,
                        replies,
                        Set.copyOf(settings.onboardingChannels())));
        app.blockAction(ActionIds.OPEN_ANY, answers.open());
        app.blockAction(ActionIds.TOPIC_MENU, answers.open());
        app.blockAction(ActionIds.SUGGEST_ANY, answers.suggestion());
        app.blockAction(ActionIds.HELPFUL, feedback);
        app.blockAction(ActionIds.NOT_HELPFUL, feedback);
        app.blockAction(ActionIds.SHARE, new ShareButton(context.faq(), work, replies, render));
        app.messageShortcut(
                AskShortcut.CALLBACK_ID, new AskShortcut(context.faq(), work, replies, render));
        return app;
    }

    /**
     * The assistant view's middleware, for {@link SlackAdapter#start()} to add: Bolt checks the
     * token (auth.test) when the first middleware is added, which belongs in the start, not in
     * building.
     */
    static Assistant assistant(
            AdapterContext context, AfterAck work, Replies replies, BlockKitRenderer render) {
        return new AssistantPane(context.faq(), context.onboarding(), work, replies, render)
                .middleware();
    }
}
