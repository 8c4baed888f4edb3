package dev.tpmfaqbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tpmfaqbot.eval.EvalCase;
import dev.tpmfaqbot.eval.EvalFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One answerer serves every adapter thread at once: answers must not depend on who else is asking.
 */
class ConcurrentAnsweringTest {
    private static final int THREADS = 6;
    private static final int ROUNDS = 2;

    /**
     * Every n-th question of the styles set: all seven styles, few enough to stay quick on two
     * cores.
     */
    private static final int EVERY = 7;

    @Test
    void manyThreadsGetTheAnswersOneThreadGets() throws Exception {
        Answerer answerer = ProjectAnswerer.get();
        List<String> questions = new ArrayList<>();
        List<EvalCase> cases = EvalFile.read(Path.of("eval/questions-styles.jsonl"));
        for (int i = 0; i < cases.size(); i += EVERY) {
            questions.add(cases.get(i).question());
        }
        questions.addAll(
                List.of(
                        "",
                        "tpm vs pm",
                        "what is a backlog",
                        "@everyone 🚀🚀🚀",
                        "title:roadmap AND (",
                        "a".repeat(5000)));
        List<String> alone = questions.stream().map(q -> summary(answerer, q)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                workers.add(
                        pool.submit(() -> answerShuffled(answerer, questions, new Random(seed))));
            }
            for (Future<List<String>> worker : workers) {
                assertEquals(alone, worker.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Answers every question ROUNDS times in a random order; returns the summaries in the list's
     * order.
     */
    private static List<String> answerShuffled(
            Answerer answerer, List<String> questions, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            order.add(i);
        }
        String[] summaries = new String[questions.size()];
        for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                String summary = summary(answerer, questions.get(i));
                if (summaries[i] != null && !summaries[i].equals(summary)) {
                    return List.of(
                            "unstable answer to "
                                    + questions.get(i)
                                    + ": "
                                    + summaries[i]
                                    + " then "
                                    + summary);
                }
                summaries[i] = summary;
            }
        }
        return List.of(summaries);
    }

    private static String summary(Answerer answerer, String question) {
        Answer answer = answerer.answer(Question.fromCommandLine(question));
        return answer.key()
                + " "
                + answer.band()
                + " "
                + answer.confidence()
                + " "
                + answer.suggestions();
    }
}
