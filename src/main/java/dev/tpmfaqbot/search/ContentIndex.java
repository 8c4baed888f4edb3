package dev.tpmfaqbot.search;

import dev.tpmfaqbot.content.Answerable;
import dev.tpmfaqbot.content.Content;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index over the content. Each way of asking for a key is its own small document (so a
 * question is matched against questions, BM25 not diluted by long bodies), each key also has one
 * document with all its text, and one document holds every word for spelling correction. Words are
 * analysed once by {@link WordAnalysis} and indexed as they are, so Lucene and the confidence
 * features see the same words. Immutable after {@link #build}; safe to query from many threads.
 */
public final class ContentIndex implements AutoCloseable {
    private static final String KEY = "key";
    private static final String PHRASING = "phrasing";
    private static final String TOPIC = "topic";
    /** Raw words of titles, questions, tags and names: what a misspelt word may be corrected to. */
    private static final String SPELLING = "spelling";
    /** Raw words of all content: a word found here is never "corrected". */
    private static final String VOCABULARY = "vocabulary";
    /** A question's distinct words beyond this many add nothing but cost; Lucene also caps clauses. */
    private static final int MAX_QUERY_WORDS = 64;
    private static final float TOPIC_WEIGHT = 0.5f;
    /** The least a known word weighs: even a word in every key ("tpm") says what the question is about. */
    private static final double WEIGHT_FLOOR = 0.5;
    /** What a word the content never uses weighs: as telling as a word found in a few keys, no more. */
    private static final double UNKNOWN_WORD_WEIGHT = 2.0;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final WordAnalysis analysis;
    private final WordAnalysis nameAnalysis = new WordAnalysis(MatchingAnalyzer.forRules());
    private final Map<String, KeyProfile> profiles;
    private final Map<String, Double> weightByWord = new HashMap<>();
    private final String[] keyByDoc;
    private final MatchFeatures features;
    private final SpellingCorrector spelling;
    private final EnglishWords english = new EnglishWords();
    private final Set<String> vocabulary;

    private ContentIndex(Directory directory, WordAnalysis analysis, Map<String, KeyProfile> profiles) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.analysis = analysis;
        this.profiles = profiles;
        Map<String, Integer> keysPerWord = new HashMap<>();
        profiles.values().forEach(p -> p.allWords().forEach(w -> keysPerWord.merge(w, 1, Integer::sum)));
        int total = profiles.size();
        keysPerWord.forEach((word, keys) ->
                weightByWord.put(word, Math.max(WEIGHT_FLOOR, Math.log(1 + (total - keys + 0.5) / (keys + 0.5)))));
        this.keyByDoc = keysByDocument(reader);
        this.features = new MatchFeatures(List.copyOf(profiles.values()), this::weight);
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
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(fieldAnalyzers()))) {
            StringBuilder namingWords = new StringBuilder();
            content.roles().forEach(r -> namingWords.append(String.join("\n", r.names())).append('\n'));
            for (Answerable answerable : content.answerables()) {
                KeyProfile profile = profiles.get(answerable.key());
                for (List<String> words : retrievalPhrasings(answerable, profile, analysis)) {
                    writer.addDocument(document(answerable.key(), PHRASING, String.join(" ", words)));
                }
                String allText = String.join("\n", answerable.title(), String.join("\n", answerable.questions()),
                        String.join("\n", answerable.keywords()), answerable.body());
                writer.addDocument(document(answerable.key(), TOPIC, String.join(" ", analysis.words(allText))));
                // One spelling document per key: document frequency then breaks ties between equally close words.
                Document words = new Document();
                words.add(new TextField(SPELLING, ChatText.clean(String.join("\n", answerable.title(),
                        String.join("\n", answerable.questions()), String.join("\n", answerable.keywords()))), Field.Store.NO));
                words.add(new TextField(VOCABULARY, ChatText.clean(allText), Field.Store.NO));
                writer.addDocument(words);
            }
            Document roleNames = new Document();
            roleNames.add(new TextField(SPELLING, namingWords.toString(), Field.Store.NO));
            writer.addDocument(roleNames);
            writer.commit();
            ContentIndex index = new ContentIndex(directory, analysis, profiles);
            EnglishWords.loadInBackground(); // after the build, not competing with it for the cores
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
    }

    private static Map<String, Integer> termFrequencies(DirectoryReader reader, String field) throws IOException {
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

    /**
     * What retrieval needs of a key's phrasings: those an editor wrote, and a term's names. The
     * generated "what is X" forms only refine the confidence features; as documents they would
     * triple the index and its build time for no better candidates.
     */
    private static List<List<String>> retrievalPhrasings(Answerable answerable, KeyProfile profile, WordAnalysis analysis) {
        List<List<String>> phrasings = new ArrayList<>();
        profile.phrasings().stream().filter(p -> !p.generated()).forEach(p -> phrasings.add(List.copyOf(p.words())));
        if (answerable instanceof dev.tpmfaqbot.content.Term term) {
            term.names().forEach(name -> phrasings.add(analysis.words(name)));
        }
        return phrasings;
    }

    private static Analyzer fieldAnalyzers() {
        Analyzer rawWords = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        return new PerFieldAnalyzerWrapper(new WhitespaceAnalyzer(), Map.of(SPELLING, rawWords, VOCABULARY, rawWords));
    }

    private static Document document(String key, String field, String words) {
        Document document = new Document();
        document.add(new StoredField(KEY, key));
        document.add(new TextField(field, words, Field.Store.NO));
        return document;
    }

    /** The word every name of a role is read as, so that a role can be recognised among analysed words. */
    public static String roleWord(String roleId) {
        return SynonymRules.roleWord(roleId);
    }

    /** The words of a name, cleaned and stemmed but otherwise as written: stop words and synonyms kept. */
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
                .collect(Collectors.toList());
    }

    private void bestPerKey(String field, List<String> words, double weight, Map<String, Double> scores,
                            boolean maxPerKey) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        words.forEach(w -> query.add(new TermQuery(new Term(field, w)), BooleanClause.Occur.SHOULD));
        BestPerKeyCollector collector = new BestPerKeyCollector(keyByDoc, maxPerKey);
        searcher.search(query.build(), collector);
        collector.scores().forEach((key, score) -> scores.merge(key, weight * score, Double::sum));
    }

    /**
     * The closest word the content names things with, for a word that is not one of them: any
     * close word for a typo that is not English, only a swap of two letters for an English word
     * ("stroy" is an old word, but meant "story"); otherwise null.
     */
    public String correction(String word) {
        if (!word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        return english.isWord(word) ? spelling.correctSwap(word) : spelling.correct(word);
    }

    /** True when the word occurs anywhere in the content's raw text. */
    public boolean isContentWord(String word) {
        return vocabulary.contains(word);
    }

    /** How well the (distinct, analysed) question words match each candidate; see {@link KeyMatch}. */
    public List<KeyMatch> match(Set<String> words, List<ScoredKey> candidates) {
        return features.match(words, candidates);
    }

    /** Share of the question's weight in words the content never uses at all. */
    public double unknownShare(Set<String> words) {
        double total = totalWeight(words);
        if (total == 0) {
            return 0;
        }
        return words.stream().filter(w -> !isKnown(w)).mapToDouble(this::weight).sum() / total;
    }

    private double totalWeight(Set<String> words) {
        double total = 0;
        for (String word : words) {
            total += weight(word);
        }
        return total;
    }

    /** Inverse key frequency: how telling a word is; at least a floor, and a fixed weight for unknown words. */
    public double weight(String word) {
        return weightByWord.getOrDefault(word, UNKNOWN_WORD_WEIGHT);
    }

    public boolean isKnown(String word) {
        return weightByWord.containsKey(word);
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
