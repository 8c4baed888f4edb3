package dev.tpmfaqbot.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real model: vectors of unit length whose similarity follows meaning, a bounded input, a cache
 * that survives.
 */
class SentenceEncoderTest {
    private static SentenceEncoder encoder;

    @BeforeAll
    static void load() throws EncoderUnavailableException {
        encoder = SentenceEncoder.load();
    }

    @Test
    void similarMeaningsAreCloserThanDifferentOnes() {
        List<float[]> v =
                encoder.embedAll(
                        List.of(
                                "how much money do technical product managers make",
                                "what is the salary of a tpm",
                                "does a tpm write code"));
        assertEquals(1.0, Vectors.dot(v.get(0), v.get(0)), 1e-4);
        assertTrue(Vectors.dot(v.get(0), v.get(1)) > Vectors.dot(v.get(0), v.get(2)));
    }

    @Test
    void manyTextsGiveTheSameVectorsAsOneByOne() {
        String text = "what is a backlog";
        float[] alone = encoder.embed(text);
        float[] among =
                encoder.embedAll(
                                List.of(
                                        "a much longer text with many more word pieces than the other",
                                        text))
                        .get(1);
        assertEquals(1.0, Vectors.dot(alone, among), 1e-6, "its neighbours changed the vector");
    }

    @Test
    void aLongTextKeepsItsAskingSentenceWithinTheBudget() throws Exception {
        WordPieceTokenizer tokenizer = E5Model.tokenizer();
        String chatter =
                "We had a long planning meeting today and everyone talked about the quarter. "
                        .repeat(30);
        List<Integer> kept =
                TokenBudget.fit(
                        tokenizer, E5Model.PREFIX, chatter + "Does a TPM need to code?", 94);
        assertTrue(kept.size() <= 94, "kept " + kept.size());
        assertTrue(kept.containsAll(tokenizer.pieces("Does a TPM need to code?")));
    }

    @Test
    void cachedVectorsAreReadBackAfterARestart(@TempDir Path dir) {
        List<String> texts = List.of("what is a sprint", "tpm salary");
        List<float[]> first = VectorCache.open(dir, encoder).vectors(texts, encoder);
        VectorCache reopened = VectorCache.open(dir, encoder);
        assertTrue(reopened.has("what is a sprint") && reopened.has("tpm salary"));
        assertEquals(1.0, Vectors.dot(first.get(1), reopened.vectors(texts, encoder).get(1)), 1e-6);
    }
}
