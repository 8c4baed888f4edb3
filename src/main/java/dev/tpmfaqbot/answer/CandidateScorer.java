package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.search.ContentIndex;
import dev.tpmfaqbot.search.KeyMatch;
import dev.tpmfaqbot.search.ScoredKey;
import dev.tpmfaqbot.semantic.SemanticView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Gathers the keys worth considering for a question, from its words (the index) and from its
 * meaning (the classifier, and the closest training examples), describes each with the same
 * features, and scores each with the confidence model: the best first.
 */
final class CandidateScorer {
    /**
     * Keys taken from each signal; the right key is nearly always among the first few of one of
     * them.
     */
    private static final int FROM_EACH = 4;

    private static final int FROM_NEAREST = 2;

    private final ContentIndex index;
    private final ConfidenceModel model;

    CandidateScorer(ContentIndex index, ConfidenceModel model) {
        this.index = index;
        this.model = model;
    }

    /**
     * @param matched the index's candidates, best first, already filtered by {@code fits}
     * @param meaning the classifier's reading, when the sentence model runs
     * @param fits whether a key may answer this question at all (the kind and roles it asks for)
     * @param offTopic whether the question, answered with a given key, is about something else
     */
    List<Candidate> score(
            Reading reading,
            List<KeyMatch> matched,
            Optional<SemanticView> meaning,
            Predicate<String> fits,
            Predicate<String> offTopic,
            boolean namesTpm) {
        Map<String, KeyMatch> byKey = new LinkedHashMap<>();
        matched.stream().limit(FROM_EACH).forEach(m -> byKey.put(m.key(), m));
        List<ScoredKey> unmatched = new ArrayList<>();
        meaning.ifPresent(
                view ->
                        java.util.stream.Stream.concat(
                                        view.ranked().stream().filter(fits).limit(FROM_EACH),
                                        view.rankedByNearest().stream()
                                                .filter(fits)
                                                .limit(FROM_NEAREST))
                                .filter(key -> !byKey.containsKey(key))
                                .distinct()
                                .forEach(key -> unmatched.add(new ScoredKey(key, 0))));
        index.match(reading.words(), unmatched).forEach(m -> byKey.put(m.key(), m));

        double unknownShare = index.unknownShare(reading.words());
        String wordsFirst = matched.isEmpty() ? null : matched.get(0).key();
        String meaningFirst =
                meaning.map(view -> view.ranked().stream().filter(fits).findFirst().orElse(null))
                        .orElse(null);
        List<Candidate> candidates = new ArrayList<>();
        for (KeyMatch match : byKey.values()) {
            String key = match.key();
            double words = ConfidenceModel.rank(match);
            double bestOtherWords =
                    byKey.values().stream()
                            .filter(m -> !m.key().equals(key))
                            .mapToDouble(ConfidenceModel::rank)
                            .max()
                            .orElse(0);
            CandidateFeatures features =
                    new CandidateFeatures(
                            meaning.map(v -> v.probability(key)).orElse(0.0),
                            meaning.map(v -> v.margin(key)).orElse(0.0),
                            meaning.map(SemanticView::none).orElse(0.0),
                            meaning.map(v -> v.nearest(key)).orElse(0.0),
                            key.equals(meaningFirst),
                            words,
                            words - bestOtherWords,
                            match.phrasingSimilarity(),
                            match.textCoverage(),
                            key.equals(wordsFirst),
                            key.equals(wordsFirst) && key.equals(meaningFirst),
                            unknownShare,
                            offTopic.test(key),
                            namesTpm);
            candidates.add(
                    new Candidate(key, features, model.confidence(features, meaning.isPresent())));
        }
        candidates.sort(
                Comparator.comparingDouble(Candidate::confidence)
                        .reversed()
                        .thenComparing(Candidate::key));
        return candidates;
    }
}
