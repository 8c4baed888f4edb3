package dev.tpmfaqbot.search;

import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.Role;
import dev.tpmfaqbot.content.Term;
import dev.tpmfaqbot.text.ChatText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Builds the synonym map: general chat vocabulary from {@code synonyms.txt}, plus every role and
 * term alias in the content, each mapped to one canonical word per role or term.
 */
final class SynonymRules {
    private static final String GENERAL_RULES = "synonyms.txt";

    private SynonymRules() {}

    /**
     * The canonical word every name of a role is read as, e.g. {@code roleengineeringmanager}. It
     * is not an English word, so a role is only recognised where one of its names stands, never
     * from a word inside a longer name ("pm" in "tech pm").
     */
    static String roleWord(String roleId) {
        return "role" + roleId.replace("-", "");
    }

    static String termWord(String termId) {
        return "term" + termId.replace("-", "");
    }

    static SynonymMap build(Content content) {
        try (Analyzer ruleAnalyzer = MatchingAnalyzer.forRules()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            try (InputStream rules = SynonymRules.class.getResourceAsStream(GENERAL_RULES)) {
                parser.parse(new InputStreamReader(rules, StandardCharsets.UTF_8));
            }
            for (Role role : content.roles()) {
                addAliases(parser, role.names(), roleWord(role.id()));
            }
            for (Term term : content.terms()) {
                addAliases(parser, term.names(), termWord(term.id()));
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + GENERAL_RULES, e);
        } catch (ParseException e) {
            throw new IllegalStateException(
                    "bad rule in the bundled " + GENERAL_RULES + ": " + e.getMessage(), e);
        }
    }

    private static void addAliases(SolrSynonymParser parser, List<String> names, String canonical)
            throws IOException {
        CharsRef output = new CharsRef(canonical);
        for (String name : names) {
            String cleaned = ChatText.clean(name);
            if (cleaned.isEmpty()) {
                continue;
            }
            CharsRef input;
            try {
                input = parser.analyze(cleaned, new CharsRefBuilder());
            } catch (IllegalArgumentException nothingToMatch) { // an alias made only of punctuation
                continue;
            }
            parser.add(input, output, true);
        }
    }
}
