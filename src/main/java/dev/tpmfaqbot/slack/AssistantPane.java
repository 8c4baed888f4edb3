package dev.tpmfaqbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.middleware.builtin.Assistant;
import com.slack.api.model.assistant.AssistantThread;
import com.slack.api.model.assistant.SuggestedPrompt;
import com.slack.api.model.event.AssistantThreadStartedEvent;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.onboarding.OnboardingService;
import dev.tpmfaqbot.service.FaqService;
import java.util.List;

/**
 * Slack's assistant view, the split pane for AI apps (paid plans only). A thread opened there is
 * greeted, with the starter topics of {@code onboarding.md} as suggested prompts; each question
 * typed in it is answered in the thread, with a status while it is looked up, and the thread is
 * titled after its first question. Bolt counts every direct message in a thread as an assistant
 * message, so those are answered here the same way.
 */
final class AssistantPane {
    static final String STATUS = "is looking it up…";
    static final String PROMPTS_TITLE = "Try one of these";

    /** A thread title fits the pane's history list. */
    static final int TITLE_LENGTH = 60;

    private final FaqService faq;
    private final OnboardingService onboarding;
    private final AfterAck work;
    private final Replies replies;
    private final BlockKitRenderer render;

    AssistantPane(
            FaqService faq,
            OnboardingService onboarding,
            AfterAck work,
            Replies replies,
            BlockKitRenderer render) {
        this.faq = faq;
        this.onboarding = onboarding;
        this.work = work;
        this.replies = replies;
        this.render = render;
    }

    /** Bolt's assistant middleware, running its handlers on the adapter's sending threads. */
    Assistant middleware() {
        Assistant assistant = new Assistant(new NoThreadContext(), work.executor());
        assistant.threadStarted(this::started);
        // Answers do not depend on the channel the user has open beside the pane.
        assistant.threadContextChanged((payload, context) -> {});
        assistant.userMessage(
                (payload, context) ->
                        question(
                                payload.getEventId(),
                                payload.getEvent().getUser(),
                                payload.getEvent().getText(),
                                context));
        assistant.userMessageWithFiles(
                (payload, context) ->
                        question(
                                payload.getEventId(),
                                payload.getEvent().getUser(),
                                payload.getEvent().getText(),
                                context));
        assistant.botMessage((payload, context) -> {});
        return assistant;
    }

    private void started(
            EventsApiPayload<AssistantThreadStartedEvent> payload, EventContext context) {
        AssistantThread thread = payload.getEvent().getAssistantThread();
        if (thread == null
                || !EventDeliveries.worthHandling(
                        context.getRetryNum(), context.getRetryReason())) {
            return;
        }
        AfterAck.Job job =
                AfterAck.Job.silent(
                        "assistant greeting",
                        thread.getUserId(),
                        EventDeliveries.eventKey(payload.getEventId()));
        work.answer(
                job,
                SlackMessages::greeting,
                greeting -> {
                    replies.post(thread.getChannelId(), thread.getThreadTs(), greeting);
                    List<SuggestedPrompt> prompts = prompts();
                    if (!prompts.isEmpty()) {
                        replies.assistantPrompts(
                                thread.getChannelId(),
                                thread.getThreadTs(),
                                PROMPTS_TITLE,
                                prompts);
                    }
                });
    }

    /** The starter topics, each titled as in the content and asking its title as the question. */
    List<SuggestedPrompt> prompts() {
        return onboarding.starterTopics().stream()
                .limit(SlackLimits.SUGGESTED_PROMPTS)
                .map(
                        topic ->
                                new SuggestedPrompt(
                                        SlackText.plainLine(topic.title(), SlackLimits.BUTTON_TEXT),
                                        SlackText.plain(topic.title())))
                .toList();
    }

    private void question(String eventId, String user, String text, EventContext context) {
        if (user == null
                || !EventDeliveries.worthHandling(
                        context.getRetryNum(), context.getRetryReason())) {
            return;
        }
        String channel = context.getChannelId();
        String threadTs = context.getThreadTs();
        String question =
                SlackText.withoutMentionOf(context.getBotUserId(), SlackText.fromSlack(text));
        AfterAck.Job job =
                AfterAck.Job.question(
                        "assistant question", user, EventDeliveries.eventKey(eventId));
        work.answer(
                job,
                () -> lookingItUp(channel, threadTs, question),
                () ->
                        render.answer(
                                faq.ask(
                                        new Question(
                                                question, user, channel, SlackAdapter.PLATFORM)),
                                Presentation.publicReply()),
                answer -> replies.post(channel, threadTs, answer));
    }

    /**
     * The status while the answer is composed, and the thread's title when this is its first
     * question.
     */
    private void lookingItUp(String channel, String threadTs, String question)
            throws SlackCallFailed {
        try {
            replies.assistantStatus(channel, threadTs, STATUS);
        } finally {
            String title = SlackText.plainLine(question, TITLE_LENGTH);
            if (!title.isEmpty()
                    && faq.firstDelivery("slack:assistant-title:" + channel + ":" + threadTs)) {
                replies.assistantTitle(channel, threadTs, title);
            }
        }
    }
}
