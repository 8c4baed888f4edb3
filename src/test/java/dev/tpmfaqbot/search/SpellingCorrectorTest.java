package dev.tpmfaqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellingCorrectorTest {
    private final SpellingCorrector corrector =
            new SpellingCorrector(
                    Map.of(
                            "manager",
                            9,
                            "manage",
                            2,
                            "salary",
                            1,
                            "methodology",
                            1,
                            "what",
                            30,
                            "roadmap",
                            3));

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

    /**
     * The work of a look-up grows as length^edits: the bound on edits is what keeps hostile words
     * cheap.
     */
    @Test
    void editsAreBoundedWhateverTheWordsLength() {
        assertEquals(1, SpellingCorrector.maxEdits("managr"));
        assertEquals(2, SpellingCorrector.maxEdits("methodolgy"));
        assertEquals(SpellingCorrector.MAX_EDITS, SpellingCorrector.maxEdits("x".repeat(4000)));
        assertEquals(
                SpellingCorrector.MAX_EDITS,
                SpellingCorrector.maxEdits("qwertyuiopasdfghjklzxcvbnmqwerty"));
    }

    @Test
    void wordsLongerThanAnyNamingWordAreNotLookedUp() {
        // the longest naming word is "methodology" (11 letters): 14 letters cannot be two edits
        // from it
        assertFalse(corrector.isCandidate("methodologyyyy"));
        assertFalse(corrector.isCandidate("ab".repeat(2000)));
        assertNull(corrector.correct("methodologyyyy"));
        assertEquals("methodology", corrector.correct("methodollogy"));
    }
}
