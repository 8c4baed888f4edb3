package dev.tpmfaqbot.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analysis shared by content and questions: words, lower case, light stemming (KStem:
 * "managers" → "manager", without Porter's "technical" → "technic"), every synonym or alias read as
 * its canonical word (original words kept beside it), and last, stop words removed. Stop words go
 * last so that a phrase such as "product manager - technical" cannot match across a dropped word
 * ("product manager and technical").
 */
final class MatchingAnalyzer extends Analyzer {
    private final SynonymMap synonyms;
    private final CharArraySet stopWords;

    MatchingAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
        this.stopWords = stemmed(Vocabulary.STOP_WORDS);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = stemmedWords(tokenizer);
        if (synonyms.fst != null) {
            stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, synonyms, true));
        }
        return new TokenStreamComponents(tokenizer, new StopFilter(stream, stopWords));
    }

    private static TokenStream stemmedWords(Tokenizer tokenizer) {
        return new KStemFilter(new EnglishPossessiveFilter(new LowerCaseFilter(tokenizer)));
    }

    /** The analyser for synonym rules themselves: the same words, no synonyms, no stop words. */
    static Analyzer forRules() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, stemmedWords(tokenizer));
            }
        };
    }

    /**
     * Stop words as they look after stemming ("has" may become "ha"), so that both forms are
     * dropped.
     */
    private static CharArraySet stemmed(java.util.Set<String> words) {
        CharArraySet set = new CharArraySet(words, true);
        try (Analyzer rules = forRules()) {
            WordAnalysis stems = new WordAnalysis(rules);
            words.forEach(word -> set.addAll(stems.words(word)));
        }
        return set;
    }
}
