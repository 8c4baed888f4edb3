package dev.tpmfaqbot.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.store.Store.AcceptedPhrasing;
import dev.tpmfaqbot.store.Store.ClickCount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Did-you-mean clicks become suggested phrasings; the accepted ones become a patch to the real
 * asked.yml.
 */
class SuggestionsTest {
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void clicksBecomeSuggestionsLeavingOutWhatTheContentSays() throws Exception {
        Content content = ContentLoader.load(Path.of("faq"));
        List<ClickCount> clicks =
                List.of(
                        new ClickCount("tpm okr?", "term:tpm", 2, AT),
                        new ClickCount("TPM  OKR", "term:tpm", 1, AT.plusSeconds(5), 1),
                        new ClickCount("what roadmap does a tpm own", "faq:tpm-roadmap", 4, AT),
                        new ClickCount("tpm thing", "faq:gone", 9, AT),
                        new ClickCount("how do tpms plan", "faq:tpm-roadmap", 1, AT));

        List<Suggestion> suggestions =
                PhrasingSuggestions.of(
                        clicks,
                        List.of(new AcceptedPhrasing("faq:tpm-roadmap", "how do tpms plan", AT)),
                        content);

        assertEquals(
                List.of("term:tpm tpm okr? 3 false", "faq:tpm-roadmap how do tpms plan 1 true"),
                suggestions.stream()
                        .map(s -> s.key() + " " + s.text() + " " + s.clicks() + " " + s.accepted())
                        .toList(),
                "one wording counted once, known phrasings and unknown keys left out");
        assertEquals("  - \"tpm okr?\"", suggestions.get(0).yamlLine());
        assertEquals(
                "clicked twice as a did-you-mean topic, chosen once after \"not helpful\"",
                suggestions.get(0).evidence());
    }

    @Test
    void thePatchAddsEachLineUnderItsKeyAndParsesAsYaml() throws Exception {
        Path asked = Path.of("faq", "asked.yml");
        String original = Files.readString(asked);
        List<Suggestion> accepted =
                List.of(
                        new Suggestion(
                                "term:roadmap",
                                "Roadmap",
                                "the \"now next later\" slide?",
                                2,
                                AT,
                                true,
                                0),
                        new Suggestion(
                                "faq:brand-new-key", "New", "a: colon # and hash", 1, AT, true, 1));

        String patch = AskedPatch.of(original, accepted);

        assertTrue(patch.startsWith("--- a/faq/asked.yml\n+++ b/faq/asked.yml\n"), patch);
        List<String> lines = List.of(original.split("\n"));
        List<String> patched =
                DiffUtils.patch(
                        lines, UnifiedDiffUtils.parseUnifiedDiff(List.of(patch.split("\n"))));
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(String.join("\n", patched));
        JsonNode roadmap = yaml.get("term:roadmap");
        assertEquals("the \"now next later\" slide?", roadmap.get(roadmap.size() - 1).asText());
        assertEquals("a: colon # and hash", yaml.get("faq:brand-new-key").get(0).asText());
        assertEquals(
                new ObjectMapper(new YAMLFactory()).readTree(original).size() + 1, yaml.size());
        assertEquals(
                "",
                AskedPatch.of(String.join("\n", patched) + "\n", accepted),
                "nothing left to add");
    }
}
