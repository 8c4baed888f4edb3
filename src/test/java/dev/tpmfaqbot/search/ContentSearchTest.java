package dev.tpmfaqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.ContentLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The owner's content search over the project's real content, with Lucene's query syntax. */
class ContentSearchTest {
    private static ContentSearch search;

    @BeforeAll
    static void index() throws Exception {
        Content content = ContentLoader.load(Path.of("faq"));
        search = ContentSearch.of(content);
    }

    private static List<String> keys(String query) throws ContentSearch.BadQuery {
        return search.search(query, 100).stream().map(ContentSearch.Hit::key).toList();
    }

    @Test
    void aFieldedQueryLooksInThatFieldOnly() throws Exception {
        List<String> byTitle = keys("title:roadmap");
        assertTrue(
                byTitle.contains("term:roadmap") && byTitle.contains("faq:tpm-roadmap"),
                byTitle.toString());
        assertFalse(byTitle.contains("faq:tpm-salary"), byTitle.toString());
    }

    @Test
    void kindAndAliasesCombine() throws Exception {
        List<String> terms = keys("kind:term AND aliases:pm");
        assertTrue(terms.contains("term:product-manager"), terms.toString());
        assertTrue(terms.stream().allMatch(key -> key.startsWith("term:")), terms.toString());
    }

    @Test
    void sourcesMatchWholeIdsAndHitsNameTheirFile() throws Exception {
        List<ContentSearch.Hit> hits = search.search("sources:wahl-case", 100);
        assertFalse(hits.isEmpty());
        ContentSearch.Hit roadmap = search.search("key:\"faq:tpm-roadmap\"", 5).get(0);
        assertEquals("entries/tpm-roadmap.md", roadmap.path());
        assertEquals(
                "comparisons/pm--tpm.md", search.search("key:\"compare:pm:tpm\"", 5).get(0).path());
        assertEquals(List.of(), keys("sources:wahl"), "a source id matches whole");
    }

    @Test
    void wordsWithoutAFieldSearchTitlesQuestionsAndText() throws Exception {
        assertTrue(keys("salary").contains("faq:tpm-salary"));
    }

    @Test
    void badSyntaxIsAFriendlyMessage() {
        for (String bad :
                List.of(
                        "title:(roadmap",
                        "\"unclosed",
                        "AND",
                        "*leading",
                        "a".repeat(ContentSearch.MAX_QUERY_CHARS + 1))) {
            ContentSearch.BadQuery problem =
                    assertThrows(ContentSearch.BadQuery.class, () -> search.search(bad, 10), bad);
            assertFalse(problem.getMessage().contains("Exception"), problem.getMessage());
            assertFalse(problem.getMessage().contains("org.apache"), problem.getMessage());
        }
    }
}
