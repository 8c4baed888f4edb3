package dev.tpmfaqbot.search;

import dev.tpmfaqbot.content.Answerable;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.ContentPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The content owner's search over the entries, with Lucene's query syntax: fields {@code title},
 * {@code kind}, {@code aliases}, {@code questions}, {@code sources}, {@code text}, {@code key} and
 * {@code path} ({@code title:roadmap}, {@code kind:term AND aliases:pm}, {@code
 * sources:wahl-case}); words without a field look in the title, aliases, questions and text. A
 * small index of its own, in memory, separate from the answering index. Thread-safe once built.
 */
public final class ContentSearch {
    /**
     * Longer queries are refused: the syntax allows costly ones (fuzzy, wildcards), so keep them
     * short.
     */
    public static final int MAX_QUERY_CHARS = 300;

    private static final String[] DEFAULT_FIELDS = {"title", "aliases", "questions", "text"};

    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    /**
     * One entry found: its key, kind, title, file (relative to the content folder) and short
     * answer.
     */
    public record Hit(String key, String kind, String title, String path, String shortAnswer) {}

    /** A query that is not valid syntax, with a message fit to show the owner. */
    public static final class BadQuery extends Exception {
        BadQuery(String message) {
            super(message);
        }
    }

    private ContentSearch(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    public static ContentSearch of(Content content) {
        Analyzer analyzer = analyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Answerable answerable : content.answerables()) {
                writer.addDocument(document(answerable));
            }
            writer.commit();
            return new ContentSearch(new IndexSearcher(DirectoryReader.open(directory)), analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("indexing content in memory", e);
        }
    }

    /** Up to {@code max} entries, best first. */
    public List<Hit> search(String text, int max) throws BadQuery {
        if (text.length() > MAX_QUERY_CHARS) {
            throw new BadQuery(
                    "The query is longer than " + MAX_QUERY_CHARS + " characters; shorten it.");
        }
        Query query = parse(text);
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc found : searcher.search(query, max).scoreDocs) {
                Document document = searcher.storedFields().document(found.doc);
                hits.add(
                        new Hit(
                                document.get("key"),
                                document.get("kind"),
                                document.get("title"),
                                document.get("path"),
                                document.get("short")));
            }
            return hits;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQuery(
                    "The query matches too many words at once; make wildcards and fuzzy terms more specific.");
        } catch (IOException e) {
            throw new UncheckedIOException("searching content in memory", e);
        }
    }

    private Query parse(String text) throws BadQuery {
        QueryParser parser = new MultiFieldQueryParser(DEFAULT_FIELDS, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text.isBlank() ? "*:*" : text);
        } catch (ParseException e) {
            throw new BadQuery(
                    "That query could not be read: check quotes, brackets and AND/OR/NOT, or put a phrase in"
                            + " \"quotes\". Fields: title, kind, aliases, questions, sources, text, key, path.");
        } catch (IndexSearcher.TooManyClauses | IllegalArgumentException e) {
            throw new BadQuery("That query is too broad to run; make it more specific.");
        }
    }

    /** Exact fields match whole values, case aside; the others match words. */
    private static Analyzer analyzer() {
        try {
            Analyzer exact =
                    CustomAnalyzer.builder()
                            .withTokenizer("keyword")
                            .addTokenFilter("lowercase")
                            .build();
            return new PerFieldAnalyzerWrapper(
                    new StandardAnalyzer(),
                    Map.of("kind", exact, "key", exact, "path", exact, "sources", exact));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Answerable answerable) {
        Document document = new Document();
        String path = ContentPaths.of(answerable);
        exact(document, "key", answerable.key(), Field.Store.YES);
        exact(document, "kind", answerable.kind().label(), Field.Store.YES);
        exact(document, "path", path, Field.Store.YES);
        answerable.sources().forEach(source -> exact(document, "sources", source, Field.Store.NO));
        document.add(new TextField("title", answerable.title(), Field.Store.YES));
        answerable
                .keywords()
                .forEach(alias -> document.add(new TextField("aliases", alias, Field.Store.NO)));
        answerable
                .questions()
                .forEach(
                        question ->
                                document.add(new TextField("questions", question, Field.Store.NO)));
        document.add(new TextField("text", answerable.body(), Field.Store.NO));
        document.add(new StoredField("short", answerable.shortAnswer()));
        return document;
    }

    /**
     * Keys, kinds, paths and source ids are lower case already; lowercasing keeps a stray capital
     * findable.
     */
    private static void exact(Document document, String field, String value, Field.Store store) {
        document.add(new StringField(field, value.toLowerCase(Locale.ROOT), store));
    }
}
