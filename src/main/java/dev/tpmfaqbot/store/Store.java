package dev.tpmfaqbot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * State that must survive restarts and be shared by replicas: onboarding deliveries, feedback, the
 * questions people asked, and explainer series progress. Implementations are thread-safe.
 */
public interface Store extends AutoCloseable {

    /**
     * Claims one onboarding delivery before it is sent. Returns true for exactly one caller per
     * (platform, workspace, channel, user, step), across threads, processes and redelivered events.
     */
    boolean claimDelivery(Delivery delivery);

    /**
     * Gives a claim back when the message could not be sent, so that a later attempt may send it.
     */
    void releaseDelivery(Delivery delivery);

    /**
     * Claims a chat delivery (an event id, a click) so that it is handled once: true for exactly
     * one caller per key, across threads and replicas, until {@code expires}; after that the key is
     * free.
     */
    boolean claimOnce(String key, Instant now, Instant expires);

    /**
     * Writes records in one transaction. A record whose id was written before is skipped, so a
     * batch that may or may not have been committed (a lost connection, a crash) can be written
     * again.
     */
    void recordAll(List<Recorded> records);

    default void recordFeedback(Feedback feedback) {
        recordAll(List.of(Recorded.of(feedback)));
    }

    /**
     * Every question answered: its key, confidence and where from; its text only when it was not
     * answered.
     */
    default void recordQuestion(AskedQuestion question) {
        recordAll(List.of(Recorded.of(question)));
    }

    /**
     * Deletes questions and feedback recorded before {@code cutoff} (retention); returns the number
     * of rows deleted.
     */
    long purgeRecordsBefore(Instant cutoff);

    /**
     * Claims the next explainer step of a channel's series for one scheduled slot. At most one step
     * per slot and each step once, whoever asks; empty when this slot is taken or the series is
     * done.
     */
    Optional<Integer> claimNextSeriesStep(
            String platform, String workspace, String channel, Instant slot, int steps);

    /** Gives a slot's step back when it could not be posted, so that the next slot posts it. */
    void releaseSeriesStep(String platform, String workspace, String channel, Instant slot);

    /**
     * What content owners need to know since a time: most asked keys, unanswered questions,
     * feedback.
     */
    Report report(Instant since);

    /**
     * The owner's page: questions per day and band, per platform, and the did-you-mean topics
     * clicked.
     */
    Traffic traffic(Instant since);

    /**
     * Records that the owner accepted {@code text} as a new phrasing of {@code key}; false when it
     * already was.
     */
    boolean acceptPhrasing(String key, String text, Instant at);

    /** Every phrasing the owner accepted, oldest first. */
    List<AcceptedPhrasing> acceptedPhrasings();

    /** True when the database answers now (for readiness). */
    boolean isReachable();

    @Override
    void close();

    /**
     * An onboarding message to deliver once: {@code step} is "welcome" (the series keeps its own
     * position).
     */
    record Delivery(
            String platform,
            String workspace,
            String channel,
            String user,
            String step,
            Instant at) {}

    /** What is recorded for the content owners: a question or feedback. */
    sealed interface Record permits AskedQuestion, Feedback, SuggestionClick {
        Instant at();
    }

    /** A record with the id that makes writing it again harmless. */
    record Recorded(String id, Record record) {
        public static Recorded of(Record record) {
            return new Recorded(UUID.randomUUID().toString(), record);
        }
    }

    record Feedback(String key, boolean helpful, String platform, Instant at) implements Record {}

    /**
     * {@code text} is kept only for questions that were not answered confidently. {@code band} is
     * {@code answer}, {@code suggest} or {@code decline}.
     */
    record AskedQuestion(
            String text,
            String bestKey,
            double confidence,
            boolean answered,
            String platform,
            Instant at,
            String band)
            implements Record {
        public static final String ANSWER = "answer";
        public static final String SUGGEST = "suggest";
        public static final String DECLINE = "decline";

        /**
         * A question whose band is told by whether it was answered (as before bands were recorded).
         */
        public AskedQuestion(
                String text,
                String bestKey,
                double confidence,
                boolean answered,
                String platform,
                Instant at) {
            this(text, bestKey, confidence, answered, platform, at, answered ? ANSWER : DECLINE);
        }
    }

    /**
     * Someone chose {@code key} for the question {@code text} (as typed): clicked it as a
     * did-you-mean topic ({@link #DID_YOU_MEAN}), or marked its answer helpful right after marking
     * the question's answer not helpful ({@link #REPHRASED}).
     */
    record SuggestionClick(String text, String key, String platform, Instant at, String via)
            implements Record {
        public static final String DID_YOU_MEAN = "did-you-mean";
        public static final String REPHRASED = "rephrased";

        public SuggestionClick(String text, String key, String platform, Instant at) {
            this(text, key, platform, at, DID_YOU_MEAN);
        }
    }

    /** What the owner's page charts and tables, since a time. */
    record Traffic(
            Instant since,
            List<DayBand> perDay,
            List<PlatformCount> platforms,
            List<ClickCount> clicks) {}

    /** Questions asked on one UTC day ({@code day}: days since 1970-01-01) in one band. */
    record DayBand(long day, String band, long count) {}

    record PlatformCount(String platform, long count) {}

    /**
     * How often {@code key} was chosen for one wording (of which {@code rephrased} after "not
     * helpful"), and when last.
     */
    record ClickCount(String text, String key, long count, Instant last, long rephrased) {
        public ClickCount(String text, String key, long count, Instant last) {
            this(text, key, count, last, 0);
        }
    }

    record AcceptedPhrasing(String key, String text, Instant at) {}

    record Report(
            Instant since,
            List<KeyCount> mostAsked,
            List<UnansweredGroup> unanswered,
            List<KeyFeedback> feedback) {}

    record KeyCount(String key, long count) {}

    /** Near-identical unanswered questions counted together, with one example wording. */
    record UnansweredGroup(
            String example, long count, String bestGuessKey, double bestGuessConfidence) {}

    record KeyFeedback(String key, long helpful, long notHelpful) {
        public double helpfulRatio() {
            long total = helpful + notHelpful;
            return total == 0 ? 0 : (double) helpful / total;
        }
    }
}
