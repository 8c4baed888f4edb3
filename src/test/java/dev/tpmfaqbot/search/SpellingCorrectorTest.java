package dev.tpmfaqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellingCorrectorTest {
    private final SpellingCorrector corrector = new SpellingCorrector(Map.of(
            "manager", 9, "manage", 2, "salary", 1, "methodology", 1, "what", 30, "roadmap", 3));

    @Test
    void correctsTyposToTheClosestWord() {
        assertEquals("salary", corrector.correct("sallary"));
        assertEquals("manager", corrector.correct("managr"));
        assertEquals("methodology", corrector.correct("methodolgy"));
        assertEquals("what", corrector.correct("waht"));
        assertEquals("roadmap", corrector.correct("raodmap"));
    }

    @Test
    void swapsOnlyNeighbouringLettersWhenAskedTo() {
        SpellingCorrector stories = new SpellingCorrector(Map.of("story", 2, "ship", 1));
        assertEquals("story", stories.correctSwap("stroy"));
        assertNull(stories.correctSwap("skip"));
    }

    @Test
    void leavesKnownShortAndFarWordsAlone() {
        assertNull(corrector.correct("salary"));
        assertNull(corrector.correct("wat"));
        assertNull(corrector.correct("kubernetes"));
        assertNull(corrector.correct("joke"));
    }
}
