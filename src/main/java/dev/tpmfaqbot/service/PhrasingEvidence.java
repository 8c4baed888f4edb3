package dev.tpmfaqbot.service;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Link;
import dev.tpmfaqbot.answer.Platform;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.store.Store;
import java.time.Instant;
import java.util.Optional;

/**
 * Evidence, from what people do after an answer, that their question is another way of asking for
 * some key: a did-you-mean topic they clicked ({@link OfferedTopics}), or a better answer they
 * found after a "not helpful" ({@link Rephrasings}). The owner's page proposes such questions as
 * new phrasings. Askers are told apart per platform.
 */
final class PhrasingEvidence {
    private final OfferedTopics offered = new OfferedTopics();
    private final Rephrasings rephrasings = new Rephrasings();

    /**
     * Remembers what {@code question} was answered with, or offered, for the clicks that follow.
     */
    void answered(Question question, Answer answer, Instant at) {
        if (question.asker().isEmpty()) {
            return;
        }
        String asker = asker(question.platform(), question.asker());
        if (answer.isAnswered()) {
            rephrasings.answered(asker, question.text(), answer.key(), at);
        } else if (!answer.suggestions().isEmpty()) {
            offered.offered(
                    asker,
                    question.text(),
                    answer.suggestions().stream().map(Link::key).toList(),
                    at);
        }
    }

    /** A topic opened with a button: evidence when it was one of the topics just offered. */
    Optional<Store.SuggestionClick> topicOpened(
            Platform platform, String asker, String key, Instant at) {
        if (asker == null || asker.isEmpty()) {
            return Optional.empty();
        }
        return offered.clicked(asker(platform, asker), key, at)
                .map(question -> new Store.SuggestionClick(question, key, platform.id(), at));
    }

    /** Feedback: evidence when a helpful answer follows a "not helpful" one. */
    Optional<Store.SuggestionClick> feedback(
            Platform platform, String asker, String key, boolean helpful, Instant at) {
        if (asker == null || asker.isEmpty()) {
            return Optional.empty();
        }
        if (!helpful) {
            rephrasings.notHelpful(asker(platform, asker), key, at);
            return Optional.empty();
        }
        return rephrasings
                .helpful(asker(platform, asker), key, at)
                .map(
                        question ->
                                new Store.SuggestionClick(
                                        question,
                                        key,
                                        platform.id(),
                                        at,
                                        Store.SuggestionClick.REPHRASED));
    }

    private static String asker(Platform platform, String asker) {
        return platform.id() + ":" + asker;
    }
}
