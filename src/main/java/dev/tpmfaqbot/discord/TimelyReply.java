package dev.tpmfaqbot.discord;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an interaction within Discord's 3 seconds: the reply goes out at once when the answer is
 * ready in time; otherwise the interaction is deferred ("thinking…") and the answer replaces that
 * when it comes. Whichever happens first wins; the other does nothing.
 */
final class TimelyReply {
    private static final Logger log = LoggerFactory.getLogger(TimelyReply.class);
    /** Counted from when Discord created the interaction (or when we saw it, if earlier: clocks drift). */
    static final Duration DEFER_AFTER = Duration.ofMillis(1500);

    private final ScheduledExecutorService timer;

    TimelyReply(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    void send(IReplyCallback event, boolean ephemeral, Supplier<MessageCreateData> answer) {
        AtomicBoolean decided = new AtomicBoolean();
        ScheduledFuture<?> defer = timer.schedule(() -> {
            if (decided.compareAndSet(false, true)) {
                event.deferReply(ephemeral).queue(null, e -> log.warn("could not defer an interaction: {}", e.toString()));
            }
        }, delayUntilDeferring(event.getTimeCreated()), TimeUnit.MILLISECONDS);
        MessageCreateData data = compute(answer);
        if (decided.compareAndSet(false, true)) {
            defer.cancel(false);
            event.reply(data).setEphemeral(ephemeral)
                    .queue(null, e -> log.warn("could not answer an interaction: {}", e.toString()));
        } else {
            // the hook waits for the deferral to be acknowledged before it edits
            event.getHook().editOriginal(MessageEditData.fromCreateData(data))
                    .queue(null, e -> log.warn("could not complete a deferred interaction: {}", e.toString()));
        }
    }

    private static MessageCreateData compute(Supplier<MessageCreateData> answer) {
        try {
            return answer.get();
        } catch (RuntimeException e) {
            log.error("answering an interaction failed", e);
            return DiscordMessages.text("Sorry, something went wrong while answering. Please try again.");
        }
    }

    private static long delayUntilDeferring(OffsetDateTime created) {
        long now = System.currentTimeMillis();
        long start = Math.min(now, created.toInstant().toEpochMilli());
        return Math.max(0, start + DEFER_AFTER.toMillis() - now);
    }
}
