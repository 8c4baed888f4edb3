package dev.tpmfaqbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.answer.ProjectAnswerer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalFileTest {

    @TempDir Path dir;

    @Test
    void scoresAccuracyDeclinesAndReciprocalRank() throws IOException {
        Path file = dir.resolve("e.jsonl");
        Files.writeString(
                file,
                """
                {"question": "project manager vs program manager", "expected": ["compare:program-manager:project-manager"]}
                {"question": "does a tpm need to code", "expected": ["faq:tpm-salary"]}

                {"question": "what is kubernetes", "expected": []}
                """);
        EvalReport report = Evaluation.run(ProjectAnswerer.get(), EvalFile.read(file));
        assertEquals(0.5, report.topOneAccuracy());
        assertEquals(1.0, report.declineRate());
        // first right at rank 1; second wrong at rank 1, so its reciprocal rank is at most 1/2
        assertTrue(
                report.meanReciprocalRank() >= 0.5 && report.meanReciprocalRank() <= 0.75,
                report.summary());
        assertEquals(List.of(2), report.misses().stream().map(m -> m.evalCase().line()).toList());
    }

    @Test
    void aBadLineIsNamed() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"question\": \"x\", \"expected\": []}\n{not json\n");
        IOException error = assertThrows(IOException.class, () -> EvalFile.read(file));
        assertTrue(error.getMessage().contains("bad.jsonl:2:"), error.getMessage());
    }
}
