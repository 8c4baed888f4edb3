package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.answer.Question;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code bench --adversarial}: the questions that once cost seconds or gigabytes (issue 9), and a
 * small random search for worse ones, each timed against a normal question. The bound to hold: the
 * most expensive question of at most 4,000 characters costs at most ten normal ones.
 */
final class HostileQuestions {
    private static final int REPEATS = 15;
    private static final int FUZZED = 60;
    private static final int MAX_CHARS = 4_000;

    private final PrintWriter out;

    HostileQuestions(PrintWriter out) {
        this.out = out;
    }

    void measure(Answerer answerer, long normalNanos) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("'x' * 4000", "x".repeat(MAX_CHARS));
        inputs.put("'ab' * 2000", "ab".repeat(MAX_CHARS / 2));
        inputs.put("one 32-letter word", "qwhjzkvbxmplrtsnfdgcyeuioaqwhjzk");
        inputs.put("Kelvin sign * 4000", "\u212A".repeat(MAX_CHARS));
        inputs.put("600 random words", randomWords(new Random(1), 600));
        inputs.put(
                "one sentence, 4000 chars",
                "why does a tpm " + "really ".repeat(560) + "need to code?");
        inputs.put("emoji * 1000", "🧑‍💻".repeat(MAX_CHARS / 5));
        inputs.put("Lucene syntax", "*:* AND (title:x~2 OR \"a\"^9) [1 TO 5] /re.*/ ".repeat(80));
        Random random = new Random(2026);
        String worstFuzz = null;
        long worstFuzzNanos = 0;
        for (int i = 0; i < FUZZED; i++) {
            String fuzz = fuzz(random);
            long nanos = median(answerer, fuzz, 3);
            if (nanos > worstFuzzNanos) {
                worstFuzzNanos = nanos;
                worstFuzz = fuzz;
            }
        }
        inputs.put("worst of " + FUZZED + " fuzzed (" + describe(worstFuzz) + ")", worstFuzz);
        out.printf(
                Locale.ROOT, "normal question: median %.3f ms%n", BenchCommand.millis(normalNanos));
        double worstRatio = 0;
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            long nanos = median(answerer, input.getValue(), REPEATS);
            double ratio = (double) nanos / normalNanos;
            worstRatio = Math.max(worstRatio, ratio);
            out.printf(
                    Locale.ROOT,
                    "  %-48s median %7.3f ms  %5.1f x normal%n",
                    input.getKey(),
                    BenchCommand.millis(nanos),
                    ratio);
        }
        out.printf(
                Locale.ROOT,
                "most expensive hostile question: %.1f x a normal one (bound: 10 x)%n",
                worstRatio);
    }

    private static long median(Answerer answerer, String text, int repeats) {
        long[] times = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            long t = System.nanoTime();
            answerer.answer(Question.fromCommandLine(text));
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        return times[repeats / 2];
    }

    /** Random text of random shape: letters, long words, punctuation, digits, any Unicode. */
    private static String fuzz(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 500 + random.nextInt(MAX_CHARS - 500);
        String alphabet =
                random.nextBoolean()
                        ? "abcdefghijklmnopqrstuvwxyz"
                        : "etaoinshrdlu ?.,!:*~^\"'()[]{}<>@#";
        while (text.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 7) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            } else if (kind < 9) {
                text.append(' ');
            } else {
                text.appendCodePoint(0x20 + random.nextInt(0x2FFF));
            }
        }
        return text.substring(0, Math.min(text.length(), MAX_CHARS));
    }

    private static String randomWords(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count && text.length() < MAX_CHARS - 13; i++) {
            int length = 4 + random.nextInt(9);
            for (int c = 0; c < length; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(' ');
        }
        return text.toString();
    }

    private static String describe(String text) {
        return text.length() + " chars";
    }
}
