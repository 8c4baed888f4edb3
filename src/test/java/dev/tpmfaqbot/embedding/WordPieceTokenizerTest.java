package dev.tpmfaqbot.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written tokenizer gives the ids that the Hugging Face tokenizer (through DJL 0.36) gave
 * for the same texts: accents, CJK, emoji, punctuation, long words, chat questions.
 */
class WordPieceTokenizerTest {

    @Test
    void givesTheReferenceTokenizersIds() throws Exception {
        WordPieceTokenizer tokenizer = E5Model.tokenizer();
        JsonNode golden;
        try (InputStream in = getClass().getResourceAsStream("wordpiece-golden.json")) {
            golden = new ObjectMapper().readTree(in);
        }
        int checked = 0;
        for (JsonNode sample : golden) {
            List<Integer> expected = new ArrayList<>();
            sample.get("ids").forEach(id -> expected.add(id.asInt()));
            List<Integer> actual = new ArrayList<>();
            actual.add(tokenizer.id(WordPieceTokenizer.CLS));
            actual.addAll(tokenizer.pieces(sample.get("text").asText()));
            actual.add(tokenizer.id(WordPieceTokenizer.SEP));
            assertEquals(expected, actual, sample.get("text").asText());
            checked++;
        }
        assertEquals(golden.size(), checked);
    }
}
