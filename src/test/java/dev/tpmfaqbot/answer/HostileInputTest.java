package dev.tpmfaqbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.text.ChatText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing a user types raises an exception or is read as Lucene query syntax. */
class HostileInputTest {
    private final Answerer answerer = ProjectAnswerer.get();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*:*",
                "title:(a OR b)~",
                "\\",
                "\"unbalanced",
                "tpm\" OR \"",
                "(((",
                "key:faq:* AND NOT x",
                "tpm^100 vs pm~2",
                "/regex.*/",
                "a AND OR NOT b",
                "[1 TO 5]",
                "{}",
                "?",
                "!!!",
                "-",
                "+tpm -pm",
                "\u0000tpm\u0000 salary",
                "😀🔥💯",
                "🧑‍💻 does a tpm code?",
                "‮tpm‬",
                "zero\u200bwidth",
                "<!channel> <!here|here> <@U123|bob> tpm vs pm",
                "@everyone what is a tpm",
                "&amp;&lt;&gt;",
                "SELECT * FROM answers; --",
                "%s%n%x",
                "\t\n\r",
                "ﾃｽﾄ",
                "什么是技术产品经理"
            })
    void hostileTextNeverThrows(String text) {
        Answer answer = answerer.answer(Question.fromCommandLine(text));
        assertNotNull(answer.key());
        assertTrue(answer.confidence() >= 0 && answer.confidence() <= 1);
    }

    @Test
    void luceneSyntaxIsReadAsWordsNotOperators() {
        assertEquals(
                "compare:program-manager:project-manager",
                answerer.answer(
                                Question.fromCommandLine(
                                        "project manager^100 vs program manager~2"))
                        .key());
        assertEquals(
                "faq:tpm-salary", answerer.answer(Question.fromCommandLine("tpm: salary?")).key());
    }

    @Test
    void hugeTextIsCutNotRejected() {
        String huge = "does a tpm need to code? " + "blah ".repeat(100_000 / 5);
        Answer answer = answerer.answer(Question.fromCommandLine(huge));
        assertNotNull(answer.key());
        assertEquals(ChatText.MAX_CHARS, ChatText.truncate(huge).length());
    }

    @Test
    void mentionsAreDroppedBeforeMatching() {
        String cleaned =
                ChatText.clean(
                        "<@U024BE7LH> <!here> @everyone <#C123|general> hey, <https://x.io|docs> tpm?");
        assertEquals("hey, docs tpm?", cleaned);
    }

    @Test
    void truncationNeverSplitsASurrogatePair() {
        String text = "a".repeat(ChatText.MAX_CHARS - 1) + "😀";
        String cut = ChatText.truncate(text);
        assertTrue(cut.length() <= ChatText.MAX_CHARS);
        assertTrue(!Character.isHighSurrogate(cut.charAt(cut.length() - 1)));
    }

    /**
     * Inputs that once cost seconds of CPU or gigabytes of heap in spelling correction (issue 9).
     */
    @ParameterizedTest
    @ValueSource(strings = {"x", "ab", "\u212a", "qwertyuiopasdfghjklzxcvbnmqwertyui "})
    void repeatedHostileTextIsAnsweredWithinTheWordBound(String unit) {
        String text = unit.repeat(ChatText.MAX_CHARS / unit.length());
        Answer answer = answerer.answer(Question.fromCommandLine(text));
        assertNotNull(answer.key());
    }
}
