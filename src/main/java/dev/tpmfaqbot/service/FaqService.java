package dev.tpmfaqbot.service;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Explanation;
import dev.tpmfaqbot.answer.Link;
import dev.tpmfaqbot.answer.Names;
import dev.tpmfaqbot.answer.Platform;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.answer.Route;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.records.RecordWriter;
import dev.tpmfaqbot.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What chat adapters call: answers from the content being served, with every question recorded for
 * the content owners (in the background: answering never waits for the database). Platform-neutral;
 * thread-safe.
 */
public final class FaqService implements AutoCloseable {
    /**
     * Slack retries an event for about an hour at most; a replayed request is refused after five
     * minutes.
     */
    static final Duration HANDLED_ONCE_FOR = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(FaqService.class);

    private final LiveAnswerer answerer;
    private final RecordWriter writer;
    private final Clock clock;
    private final AnsweringPool pool;
    private final QuestionMetrics metrics;
    private final Store store;
    private final PhrasingEvidence evidence = new PhrasingEvidence();

    /** Records are kept in memory until the database takes them (tests, tools). */
    /**
     * Records go through {@code writer}, which this service closes; {@code store} claims
     * deliveries.
     */
    public FaqService(
            LiveAnswerer answerer,
            RecordWriter writer,
            Store store,
            Clock clock,
            QuestionMetrics metrics,
            AnsweringPool pool) {
        this.answerer = answerer;
        this.writer = writer;
        this.clock = clock;
        this.store = store;
        this.metrics = metrics;
        this.pool = pool;
    }

    /**
     * Runs answering work (asking, then rendering the answer for a platform) on the answering pool,
     * in turn with everyone else's, within the per-question deadline. {@code asker} identifies who
     * asked, e.g. "slack:U123", so that one person's burst cannot starve the others.
     *
     * @see AnsweringPool
     */
    public <T> CompletableFuture<T> inTurn(String asker, Supplier<T> work) {
        return pool.submit(asker, work);
    }

    /**
     * True the first time a delivery (an event id, a click) is seen by any replica sharing the
     * database, for {@link #HANDLED_ONCE_FOR}. When the database cannot be asked, true: answering
     * twice is better than not at all.
     */
    public boolean firstDelivery(String key) {
        Instant now = clock.instant();
        try {
            return store.claimOnce(key, now, now.plus(HANDLED_ONCE_FOR));
        } catch (RuntimeException e) {
            log.warn("could not claim a delivery, handling it anyway: {}", e.getMessage());
            return true;
        }
    }

    public Answer ask(Question question) {
        long start = System.nanoTime();
        Explanation explanation = answerer.current().explain(question);
        metrics.answered(question.platform().id(), explanation, System.nanoTime() - start);
        Answer answer = explanation.answer();
        if (explanation.route() != Route.EMPTY) {
            record(question, explanation);
        }
        return answer;
    }

    /**
     * The answer with the working behind it (route, candidates, features), recording nothing: for
     * the owner's "try it".
     */
    public Explanation explain(String text) {
        return answerer.current().explain(new Question(text, "", "", Platform.ADMIN));
    }

    /**
     * Someone opened a topic with a button. When it was one of the did-you-mean topics last offered
     * to them, the click is recorded with their question: the owner's page proposes it as a new
     * phrasing of that key. {@code asker} is the platform's user id, as in their {@link Question}.
     */
    public void topicOpened(Platform platform, String asker, String key) {
        evidence.topicOpened(platform, asker, key, clock.instant()).ifPresent(writer::submit);
    }

    /**
     * The answer behind a key, as for a follow-up or "did you mean" button; empty for an unknown
     * key.
     */
    public Optional<Answer> open(String key) {
        return answerer.current().answerFor(key);
    }

    public Answer compare(String role, String otherRole) {
        return typedNameShownLiterally(
                typedNameShownLiterally(answerer.current().compare(role, otherRole), role),
                otherRole);
    }

    public Answer define(String term) {
        return typedNameShownLiterally(answerer.current().define(term), term);
    }

    /**
     * An unknown name is quoted back in the answer's Markdown ("I don't know the term \"…\""):
     * escaped, it shows as typed on every platform, never as a link or formatting. (Its natural
     * home is the core's answer writer; kept here while that code is being reworked.)
     */
    private static Answer typedNameShownLiterally(Answer answer, String typed) {
        String quoted = "\"" + typed + "\"";
        if (answer.isAnswered()
                || typed == null
                || typed.isBlank()
                || !answer.text().contains(quoted)) {
            return answer;
        }
        String text = answer.text().replace(quoted, "\"" + MarkdownText.literal(typed) + "\"");
        return new Answer(
                answer.question(),
                answer.key(),
                answer.kind(),
                answer.confidence(),
                answer.band(),
                answer.title(),
                text,
                answer.followUps(),
                answer.suggestions(),
                answer.sources(),
                answer.table());
    }

    public List<Link> topics() {
        return content().answerables().stream().map(a -> new Link(a.key(), a.title())).toList();
    }

    public Names names() {
        return answerer.current().names();
    }

    public Content content() {
        return answerer.current().content();
    }

    /**
     * Feedback from {@code asker} (the platform's user id, as in their {@link Question}). A helpful
     * answer right after a "not helpful" one is recorded as evidence that the earlier question
     * belongs to this key (see the owner's suggestions).
     */
    public void feedback(String key, boolean helpful, Platform platform, String asker) {
        Instant now = clock.instant();
        writer.submit(new Store.Feedback(key, helpful, platform.id(), now));
        evidence.feedback(platform, asker, key, helpful, now).ifPresent(writer::submit);
    }

    private void record(Question question, Explanation explanation) {
        Instant now = clock.instant();
        writer.submit(QuestionRecord.of(question, explanation, now));
        evidence.answered(question, explanation.answer(), now);
    }

    /** Records not in the database yet, and why, when they cannot be written now. */
    public RecordWriter records() {
        return writer;
    }

    /** Waits (briefly) for queued records to be written; the rest stay spooled. */
    @Override
    public void close() {
        pool.close();
        writer.close();
    }
}
