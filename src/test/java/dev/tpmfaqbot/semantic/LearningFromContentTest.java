package dev.tpmfaqbot.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.answer.Band;
import dev.tpmfaqbot.answer.ProjectAnswerer;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.content.Keys;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classifier learns from whatever the content says, at every load, with the real sentence
 * model.
 */
class LearningFromContentTest {
    private static final String REMOTE =
            "is it possible to do the TPM job while living abroad, never seeing the team"
                    + " in person?";

    @TempDir Path dir;

    @Test
    void aNewEntryIsFoundForAQuestionWordedUnlikeItsWrittenQuestions() throws Exception {
        SmallContent content = SmallContent.copyOfProjectContent(dir);
        content.entry(
                "tpm-remote-work",
                "Can a TPM work remotely?",
                List.of(
                        "can a tpm work from home",
                        "is the tpm role remote friendly",
                        "do tpms need to be in the office",
                        "remote tpm jobs",
                        "are there fully remote technical product manager positions",
                        "can i do the tpm job from another country than my team",
                        "does a tpm have to sit next to the engineers every day",
                        "working as a tpm while travelling",
                        "hybrid or on-site, what do tpm jobs usually expect",
                        "can a distributed team have a tpm who lives elsewhere"));
        try (Answerer answerer = build(content)) {
            // no word of the question is in the entry: its meaning finds it, words alone do not
            Answer answer = answerer.answer(Question.fromCommandLine(REMOTE));
            assertEquals("faq:tpm-remote-work", answer.key());
            assertEquals(Band.ANSWER, answer.band());
        }
        try (Answerer wordsAlone = Answerer.build(ContentLoader.load(content.root()))) {
            assertTrue(
                    !wordsAlone
                            .answer(Question.fromCommandLine(REMOTE))
                            .key()
                            .equals("faq:tpm-remote-work"));
        }
    }

    @Test
    void aNewOutOfScopeExampleMakesASimilarQuestionDecline() throws Exception {
        SmallContent content = new SmallContent(dir);
        String question = "how much does a rugby coach get paid";
        content.outOfScope("chit-chat", List.of("what's the weather tomorrow", "tell me a joke"));
        Answer before = ask(content, question);
        content.outOfScope(
                "other-jobs",
                List.of(
                        "what does a football referee earn",
                        "salary of a swimming coach",
                        "how much do tennis instructors make",
                        "pay for a basketball trainer"));
        Answer after = ask(content, question);
        assertEquals(Keys.NONE, after.key());
        assertTrue(
                after.confidence() < before.confidence(),
                before.confidence() + " -> " + after.confidence());
    }

    @Test
    void sameContentGivesTheSameAnswers() throws Exception {
        SmallContent content = new SmallContent(dir);
        List<String> questions =
                List.of("do i have to program", "pay of a tpm?", REMOTE, "what is the weather");
        try (Answerer first = build(content);
                Answerer second = build(content)) {
            for (String question : questions) {
                Answer a = first.answer(Question.fromCommandLine(question));
                Answer b = second.answer(Question.fromCommandLine(question));
                assertEquals(a.key(), b.key(), question);
                assertEquals(a.confidence(), b.confidence(), question);
            }
        }
    }

    @Test
    void withoutTheModelAnswersComeFromWordsAlone() throws Exception {
        SmallContent content = new SmallContent(dir);
        Semantics none = Semantics.wordsOnly("the model file is missing");
        assertEquals("the model file is missing", none.unavailableReason().orElseThrow());
        try (Answerer answerer = Answerer.build(ContentLoader.load(content.root()), none)) {
            assertFalse(answerer.usesMeaning());
            Answer answer = answerer.answer(Question.fromCommandLine("do tpms write code?"));
            assertEquals("faq:does-a-tpm-need-to-code", answer.key());
            assertEquals(Band.ANSWER, answer.band());
        }
    }

    private static Answer ask(SmallContent content, String question) throws Exception {
        try (Answerer answerer = build(content)) {
            assertTrue(answerer.usesMeaning());
            return answerer.answer(Question.fromCommandLine(question));
        }
    }

    private static Answerer build(SmallContent content) throws Exception {
        return Answerer.build(ContentLoader.load(content.root()), ProjectAnswerer.semantics());
    }
}
