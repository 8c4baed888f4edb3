package dev.tpmfaqbot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.answer.ProjectAnswerer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Quality bars on the held-out sets, which were written by people who never saw the content and are
 * never trained or tuned on (eval/holdout.jsonl, eval/holdout-styles.jsonl), answering as shipped
 * and with words alone (when the sentence model cannot load). The bars sit a little below today's
 * figures: they catch regressions, they are not the figures themselves (see the README).
 */
class AnswerQualityTest {

    @Test
    void heldOutQuestionsAsShipped() throws Exception {
        EvalReport plain =
                Evaluation.run(ProjectAnswerer.get(), EvalFile.read(Path.of("eval/holdout.jsonl")));
        assertTrue(plain.topOneAccuracy() >= 0.95 && plain.declineRate() >= 0.92, plain.summary());
        EvalReport styles =
                Evaluation.run(
                        ProjectAnswerer.get(), EvalFile.read(Path.of("eval/holdout-styles.jsonl")));
        assertTrue(
                styles.topOneAccuracy() >= 0.90 && styles.declineRate() >= 0.90, styles.summary());
        assertTrue(styles.confidentWrongShare() <= 0.03, styles.summary());
        assertTrue(styles.calibrationError() <= 0.08, styles.summary());
    }

    @Test
    void heldOutQuestionsWithWordsAlone() throws Exception {
        EvalReport report =
                Evaluation.run(
                        ProjectAnswerer.wordsOnly(), EvalFile.read(Path.of("eval/holdout.jsonl")));
        assertTrue(
                report.topOneAccuracy() >= 0.90 && report.declineRate() >= 0.85, report.summary());
    }
}
