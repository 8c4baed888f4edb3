package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.service.AnsweringPool;
import dev.tpmfaqbot.service.FaqService;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an interaction within Discord's 3 seconds. The answer is composed on the core's answering
 * pool, never on JDA's event thread, so the deferral below can always be sent: the reply goes out
 * at once when the answer is ready in time; otherwise the interaction is deferred ("thinking…")
 * after {@link #DEFER_AFTER} and the answer replaces that when it comes. Whichever happens first
 * wins.
 */
final class TimelyReply {
    private static final Logger log = LoggerFactory.getLogger(TimelyReply.class);

    /**
     * Counted from when Discord created the interaction (or when we saw it, if earlier: clocks
     * drift).
     */
    static final Duration DEFER_AFTER = Duration.ofMillis(1500);

    static final String BUSY =
            "I have several of your questions in hand already. Ask again once they are answered.";
    static final String TOO_SLOW = "That one took too long to answer. Please try again.";
    static final String FAILED = "Sorry, something went wrong while answering. Please try again.";

    private final FaqService faq;
    private final ScheduledExecutorService timer;

    TimelyReply(FaqService faq, ScheduledExecutorService timer) {
        this.faq = faq;
        this.timer = timer;
    }

    void send(IReplyCallback event, boolean ephemeral, Supplier<MessageCreateData> answer) {
        AtomicBoolean decided = new AtomicBoolean();
        ScheduledFuture<?> defer =
                timer.schedule(
                        () -> {
                            if (decided.compareAndSet(false, true)) {
                                event.deferReply(ephemeral)
                                        .queue(
                                                null,
                                                e ->
                                                        log.warn(
                                                                "could not defer an interaction: {}",
                                                                e.toString()));
                            }
                        },
                        delayUntilDeferring(event.getTimeCreated()),
                        TimeUnit.MILLISECONDS);
        faq.inTurn(DiscordQuestions.PLATFORM + ":" + event.getUser().getId(), answer)
                .whenComplete(
                        (data, failure) -> {
                            MessageCreateData reply = failure == null ? data : instead(failure);
                            if (decided.compareAndSet(false, true)) {
                                defer.cancel(false);
                                event.reply(reply)
                                        .setEphemeral(ephemeral)
                                        .queue(
                                                null,
                                                e ->
                                                        log.warn(
                                                                "could not answer an interaction: {}",
                                                                e.toString()));
                            } else {
                                // the hook waits for the deferral to be acknowledged before it
                                // edits
                                event.getHook()
                                        .editOriginal(MessageEditData.fromCreateData(reply))
                                        .queue(
                                                null,
                                                e ->
                                                        log.warn(
                                                                "could not complete a deferred interaction: {}",
                                                                e.toString()));
                            }
                        });
    }

    /**
     * What the asker reads when there is no answer: one too many questions, too slow, or a failure.
     */
    static MessageCreateData instead(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
        if (cause instanceof AnsweringPool.Busy) {
            return DiscordMessages.text(BUSY);
        }
        if (cause instanceof TimeoutException) {
            return DiscordMessages.text(TOO_SLOW);
        }
        log.error("answering an interaction failed", cause);
        return DiscordMessages.text(FAILED);
    }

    private static long delayUntilDeferring(OffsetDateTime created) {
        long now = System.currentTimeMillis();
        long start = Math.min(now, created.toInstant().toEpochMilli());
        return Math.max(0, start + DEFER_AFTER.toMillis() - now);
    }
}
