package dev.tpmfaqbot.answer;

/** How an answer was reached. */
public enum Route {
    /** Nothing to match: empty text, greetings, thanks. */
    EMPTY,
    /** Matching found no candidate at all. */
    NO_MATCH,
    /** Candidates from the words and the meaning, scored by the confidence model. */
    SEARCH;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
