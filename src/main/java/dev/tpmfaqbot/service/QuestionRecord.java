package dev.tpmfaqbot.service;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Band;
import dev.tpmfaqbot.answer.Explanation;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.content.Keys;
import dev.tpmfaqbot.store.Store;
import java.time.Instant;

/**
 * What is recorded of a question for the content owners: its best key, confidence, band and
 * platform, and its text only when it was not answered confidently (the text of a question the bot
 * answers well tells the owners nothing, and is the asker's own words).
 */
final class QuestionRecord {
    /** Below this, an answered question still counts as low-confidence and its text is kept. */
    static final double LOW_CONFIDENCE = 0.7;

    private QuestionRecord() {}

    static Store.AskedQuestion of(Question question, Explanation explanation, Instant at) {
        Answer answer = explanation.answer();
        String bestKey =
                answer.isAnswered()
                        ? answer.key()
                        : explanation.candidates().isEmpty()
                                ? Keys.NONE
                                : explanation.candidates().get(0).key();
        boolean confident = answer.band() == Band.ANSWER && answer.confidence() >= LOW_CONFIDENCE;
        return new Store.AskedQuestion(
                confident ? "" : question.text(),
                bestKey,
                answer.confidence(),
                answer.isAnswered(),
                question.platform().id(),
                at,
                band(answer.band()));
    }

    private static String band(Band band) {
        return switch (band) {
            case ANSWER -> Store.AskedQuestion.ANSWER;
            case SUGGEST -> Store.AskedQuestion.SUGGEST;
            case DECLINE -> Store.AskedQuestion.DECLINE;
        };
    }
}
