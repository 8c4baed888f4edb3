package dev.tpmfaqbot.search;

import static dev.tpmfaqbot.search.IndexDocuments.KEY;
import static dev.tpmfaqbot.search.IndexDocuments.PHRASING;
import static dev.tpmfaqbot.search.IndexDocuments.SPELLING;
import static dev.tpmfaqbot.search.IndexDocuments.TOPIC;
import static dev.tpmfaqbot.search.IndexDocuments.VOCABULARY;

import dev.tpmfaqbot.content.Answerable;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The searchable content: candidates by BM25 (Lucene), their match features, the analysis of
 * questions, and spelling correction. Immutable after {@link #build}; safe to query from many
 * threads.
 */
public final class ContentIndex implements AutoCloseable {
    /**
     * A question's distinct words beyond this many add nothing but cost; Lucene also caps clauses.
     */
    private static final int MAX_QUERY_WORDS = 64;

    private static final float TOPIC_WEIGHT = 0.5f;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final WordAnalysis analysis;
    private final WordAnalysis nameAnalysis = new WordAnalysis(MatchingAnalyzer.forRules());
    private final WordWeights weights;
    private final String[] keyByDoc;
    private final MatchFeatures features;
    private final SpellingCorrector spelling;
    private final EnglishWords english = EnglishWords.shared();
    private final Set<String> vocabulary;
    private final Map<String, String> roleByWord = new HashMap<>();

    private ContentIndex(
            Directory directory,
            WordAnalysis analysis,
            Map<String, KeyProfile> profiles,
            Content content)
            throws IOException {
        this.directory = directory;
        for (Role role : content.roles()) {
            roleByWord.put(SynonymRules.roleWord(role.id()), role.id());
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.analysis = analysis;
        this.weights = new WordWeights(profiles.values());
        this.keyByDoc = keysByDocument(reader);
        this.features = new MatchFeatures(List.copyOf(profiles.values()), weights);
        this.spelling = new SpellingCorrector(termFrequencies(reader, SPELLING));
        this.vocabulary = Set.copyOf(termFrequencies(reader, VOCABULARY).keySet());
    }

    public static ContentIndex build(Content content) {
        WordAnalysis analysis = new WordAnalysis(new MatchingAnalyzer(SynonymRules.build(content)));
        ProfileBuilder profileBuilder = new ProfileBuilder(analysis);
        Map<String, KeyProfile> profiles = new LinkedHashMap<>();
        for (Answerable answerable : content.answerables()) {
            profiles.put(answerable.key(), profileBuilder.profile(answerable, content));
        }
        try {
            ContentIndex index =
                    new ContentIndex(
                            IndexDocuments.write(content, profiles, analysis),
                            analysis,
                            profiles,
                            content);
            EnglishWords.loadInBackground(); // after the build, not competing with it for the cores
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
    }

    /** The ids of the roles named among analysed words ({@link #words}), each once, in order. */
    public List<String> rolesNamedIn(List<String> analysedWords) {
        return analysedWords.stream()
                .map(roleByWord::get)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /**
     * The words of a name, cleaned and stemmed but otherwise as written: stop words and synonyms
     * kept.
     */
    public List<String> nameWords(String text) {
        return nameAnalysis.words(text);
    }

    /** The analysed words of a (cleaned) text. */
    public List<String> words(String text) {
        return analysis.words(text);
    }

    /** Keys ranked by BM25 over their phrasings plus, at a lower weight, all their text. */
    public List<ScoredKey> search(Collection<String> words, int limit) {
        List<String> distinct = words.stream().distinct().limit(MAX_QUERY_WORDS).toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        Map<String, Double> scores = new HashMap<>();
        try {
            bestPerKey(PHRASING, distinct, 1.0, scores, true);
            bestPerKey(TOPIC, distinct, TOPIC_WEIGHT, scores, false);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
        return scores.entrySet().stream()
                .map(e -> new ScoredKey(e.getKey(), e.getValue()))
                .sorted()
                .limit(limit)
                .toList();
    }

    private void bestPerKey(
            String field,
            List<String> words,
            double weight,
            Map<String, Double> scores,
            boolean maxPerKey)
            throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        words.forEach(
                w -> query.add(new TermQuery(new Term(field, w)), BooleanClause.Occur.SHOULD));
        BestPerKeyCollector collector = new BestPerKeyCollector(keyByDoc, maxPerKey);
        searcher.search(query.build(), collector);
        collector.scores().forEach((key, score) -> scores.merge(key, weight * score, Double::sum));
    }

    /**
     * How well the (distinct, analysed) question words match each candidate; see {@link KeyMatch}.
     */
    public List<KeyMatch> match(Set<String> words, List<ScoredKey> candidates) {
        return features.match(words, candidates);
    }

    /** Share of the question's weight in words the content never uses at all. */
    public double unknownShare(Set<String> words) {
        return weights.unknownShare(words);
    }

    /**
     * The closest word the content names things with, for a word that is not one of them: any close
     * word for a typo that is not English, only a swap of two letters for an English word ("stroy"
     * is an old word, but meant "story"); otherwise null.
     */
    public String correction(String word) {
        if (!spelling.isCandidate(word) || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        return english.isWord(word) ? spelling.correctSwap(word) : spelling.correct(word);
    }

    /** True when the word occurs anywhere in the content's raw text. */
    public boolean isContentWord(String word) {
        return vocabulary.contains(word);
    }

    private static Map<String, Integer> termFrequencies(DirectoryReader reader, String field)
            throws IOException {
        Map<String, Integer> frequencies = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms != null) {
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    frequencies.merge(term.utf8ToString(), each.docFreq(), Integer::sum);
                }
            }
        }
        return frequencies;
    }

    private static String[] keysByDocument(DirectoryReader reader) throws IOException {
        String[] keys = new String[reader.maxDoc()];
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < keys.length; doc++) {
            keys[doc] = stored.document(doc).get(KEY);
        }
        return keys;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
