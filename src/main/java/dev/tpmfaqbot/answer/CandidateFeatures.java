package dev.tpmfaqbot.answer;

import java.util.List;

/**
 * Why one key might answer a question: bounded numbers that mean the same for every question, from
 * the meaning (the classifier) and from the words (the index), plus what is known of the question
 * as a whole. The confidence model weighs them; {@code eval --fit} fits the weights.
 *
 * @param meaning the classifier's probability of this key
 * @param meaningMargin how far that probability is above the best other key's (negative when below)
 * @param meaningDecline the classifier's probability that the question is one to decline
 * @param nearest cosine similarity to the key's closest training example
 * @param meaningFirst the classifier ranks this key first
 * @param words how well the words match (the index's ranking score for this key; 0 if not
 *     retrieved)
 * @param wordsMargin how far that is above the best other key's
 * @param phrasing weighted overlap with the key's closest written phrasing
 * @param text share of the question found anywhere in the key's text
 * @param wordsFirst the words rank this key first
 * @param agree the meaning and the words both rank this key first
 * @param unknownShare share of the question in words the content never uses ("kubernetes")
 * @param offTopic the question is about another job, or the team's own work
 * @param namesTpm the question names the home role, what the content is about
 */
public record CandidateFeatures(
        double meaning,
        double meaningMargin,
        double meaningDecline,
        double nearest,
        boolean meaningFirst,
        double words,
        double wordsMargin,
        double phrasing,
        double text,
        boolean wordsFirst,
        boolean agree,
        double unknownShare,
        boolean offTopic,
        boolean namesTpm) {

    /** The names, in the order of {@link #vector()}; the confidence model's weights use them. */
    public static final List<String> NAMES =
            List.of(
                    "meaning",
                    "meaningMargin",
                    "meaningDecline",
                    "nearest",
                    "meaningFirst",
                    "words",
                    "wordsMargin",
                    "phrasing",
                    "text",
                    "wordsFirst",
                    "agree",
                    "unknownShare",
                    "offTopic",
                    "namesTpm");

    public double[] vector() {
        return new double[] {
            meaning,
            meaningMargin,
            meaningDecline,
            nearest,
            flag(meaningFirst),
            words,
            wordsMargin,
            phrasing,
            text,
            flag(wordsFirst),
            flag(agree),
            unknownShare,
            flag(offTopic),
            flag(namesTpm)
        };
    }

    private static double flag(boolean value) {
        return value ? 1 : 0;
    }
}
