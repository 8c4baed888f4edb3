package dev.tpmfaqbot.search;

import dev.tpmfaqbot.text.ChatText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs text through chat cleaning and the {@link MatchingAnalyzer}, giving the words that are
 * matched.
 */
final class WordAnalysis {
    static final String FIELD = "words";

    private final Analyzer analyzer;

    WordAnalysis(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The analysed words in order, with canonical synonyms after the words they stand for. */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, ChatText.clean(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of in-memory text failed", e);
        }
        return words;
    }

    Analyzer analyzer() {
        return analyzer;
    }
}
