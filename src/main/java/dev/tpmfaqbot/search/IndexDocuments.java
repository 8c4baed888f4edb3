package dev.tpmfaqbot.search;

import dev.tpmfaqbot.content.Answerable;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.Term;
import dev.tpmfaqbot.text.ChatText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Writes the content into an in-memory Lucene index: for each key, one small document per way of
 * asking (questions match questions, BM25 not diluted by long bodies), one with all its text, and
 * one with its raw words for spelling. Words are analysed once, by {@link WordAnalysis}, and
 * indexed as they are, so Lucene and the confidence features see the same words.
 */
final class IndexDocuments {
    static final String KEY = "key";
    static final String PHRASING = "phrasing";
    static final String TOPIC = "topic";

    /** Raw words of titles, questions, tags and names: what a misspelt word may be corrected to. */
    static final String SPELLING = "spelling";

    /** Raw words of all content: a word found here is never "corrected". */
    static final String VOCABULARY = "vocabulary";

    private IndexDocuments() {}

    static Directory write(Content content, Map<String, KeyProfile> profiles, WordAnalysis analysis)
            throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer =
                new IndexWriter(directory, new IndexWriterConfig(fieldAnalyzers()))) {
            for (Answerable answerable : content.answerables()) {
                for (List<String> words :
                        retrievalPhrasings(answerable, profiles.get(answerable.key()), analysis)) {
                    writer.addDocument(keyed(answerable.key(), PHRASING, String.join(" ", words)));
                }
                String naming =
                        String.join(
                                "\n",
                                answerable.title(),
                                String.join("\n", answerable.questions()),
                                String.join("\n", answerable.keywords()));
                String allText = naming + "\n" + answerable.body();
                writer.addDocument(
                        keyed(answerable.key(), TOPIC, String.join(" ", analysis.words(allText))));
                // One spelling document per key: document frequency then breaks ties between
                // equally close words.
                writer.addDocument(words(ChatText.clean(naming), ChatText.clean(allText)));
            }
            StringBuilder roleNames = new StringBuilder();
            content.roles()
                    .forEach(r -> roleNames.append(String.join("\n", r.names())).append('\n'));
            writer.addDocument(words(ChatText.clean(roleNames.toString()), ""));
            writer.commit();
        }
        return directory;
    }

    /**
     * What retrieval needs of a key's phrasings: those an editor wrote, and a term's names. The
     * generated "what is X" forms only refine the confidence features; as documents they would
     * triple the index and its build time for no better candidates.
     */
    private static List<List<String>> retrievalPhrasings(
            Answerable answerable, KeyProfile profile, WordAnalysis analysis) {
        List<List<String>> phrasings = new ArrayList<>();
        profile.phrasings().stream()
                .filter(p -> !p.generated())
                .forEach(p -> phrasings.add(List.copyOf(p.words())));
        if (answerable instanceof Term term) {
            term.names().forEach(name -> phrasings.add(analysis.words(name)));
        }
        return phrasings;
    }

    private static Analyzer fieldAnalyzers() {
        Analyzer rawWords = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        return new PerFieldAnalyzerWrapper(
                new WhitespaceAnalyzer(), Map.of(SPELLING, rawWords, VOCABULARY, rawWords));
    }

    private static Document keyed(String key, String field, String words) {
        Document document = new Document();
        document.add(new StoredField(KEY, key));
        document.add(new TextField(field, words, Field.Store.NO));
        return document;
    }

    private static Document words(String naming, String all) {
        Document document = new Document();
        document.add(new TextField(SPELLING, naming, Field.Store.NO));
        document.add(new TextField(VOCABULARY, all, Field.Store.NO));
        return document;
    }
}
