package dev.tpmfaqbot.answer;

/**
 * What the bot does with a confidence. The thresholds are the calibrated probability that the best
 * key is right; see the README's "How answers are chosen".
 */
public enum Band {
    /** Confident: give the answer. */
    ANSWER,
    /** Unsure: no answer, but "did you mean" with the closest keys. */
    SUGGEST,
    /** Not a question the content covers: say so; offer topics only if they are close. */
    DECLINE;

    public static final double ANSWER_FROM = 0.5;
    public static final double SUGGEST_FROM = 0.25;

    /** In the decline band, topics this close are still offered. */
    public static final double CLOSE_ENOUGH_TO_OFFER = 0.15;

    static Band of(double confidence) {
        if (confidence >= ANSWER_FROM) {
            return ANSWER;
        }
        return confidence >= SUGGEST_FROM ? SUGGEST : DECLINE;
    }
}
