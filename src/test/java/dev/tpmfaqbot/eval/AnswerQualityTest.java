package dev.tpmfaqbot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.answer.ProjectAnswerer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quality bar on both evaluation sets: questions.jsonl (used to tune the method) and
 * holdout.jsonl (written independently and never tuned on).
 */
class AnswerQualityTest {
    private static final double MINIMUM = 0.90;

    @ParameterizedTest
    @ValueSource(strings = {"eval/questions.jsonl", "eval/holdout.jsonl"})
    void meetsTheBar(String file) throws Exception {
        EvalReport report = Evaluation.run(ProjectAnswerer.get(), EvalFile.read(Path.of(file)));
        assertTrue(report.inScope().size() >= 3 * 65, "at least 3 phrasings per catalogue key");
        assertTrue(report.outOfScope().size() >= 40, "at least 40 out-of-scope questions");
        assertTrue(report.topOneAccuracy() >= MINIMUM, report.summary());
        assertTrue(report.declineRate() >= MINIMUM, report.summary());
    }

    /**
     * Indirect questions (situations, descriptions of a term without its name) are much harder for
     * word matching; this set tunes the method and guards against regressions, below the main bar.
     */
    @Test
    void indirectQuestionsDoNotRegress() throws Exception {
        EvalReport report = Evaluation.run(ProjectAnswerer.get(), EvalFile.read(Path.of("eval/questions-indirect.jsonl")));
        assertTrue(report.topOneAccuracy() >= 0.60, report.summary());
        assertTrue(report.declineRate() >= MINIMUM, report.summary());
    }
}
