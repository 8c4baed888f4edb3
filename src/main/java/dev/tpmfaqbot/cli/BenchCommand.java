package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.content.InvalidContentException;
import dev.tpmfaqbot.semantic.Semantics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        header = "Measure model load, build time, latency and throughput.",
        description = {
            "Measure: model load, index and classifier build time, per-question latency (p50/p99/max) after",
            "warm-up, single-thread and all-core throughput, and heap used after answering.",
            "With --adversarial: the cost of hostile questions against a normal one."
        })
final class BenchCommand implements Callable<Integer> {
    private static final String QUESTIONS = "bench-questions.txt";

    @Option(
            names = "--rounds",
            description = "Measured passes over the question set (default: ${DEFAULT-VALUE}).")
    int rounds = 40;

    @Option(
            names = "--seconds",
            description = "Duration of the all-core run (default: ${DEFAULT-VALUE}).")
    int seconds = 3;

    @Option(
            names = "--warmup",
            description =
                    "Answers before measuring, so the JIT has compiled the hot path (default: ${DEFAULT-VALUE}).")
    int warmup = 3_000;

    @Option(
            names = "--builds",
            description =
                    "Warm builds of the index and classifier to time (default: ${DEFAULT-VALUE}).")
    int builds = 5;

    @Option(
            names = "--adversarial",
            description = "Time hostile questions (huge, repeated, random letters) instead.")
    boolean adversarial;

    @Mixin AnswererOption content;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, InvalidContentException, Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> questions = questions();
        long start = System.nanoTime();
        Content loaded = ContentLoader.load(content.folder());
        long loadedAt = System.nanoTime();
        Semantics semantics = content.semantics();
        long modelAt = System.nanoTime();
        Answerer first = Answerer.build(loaded, semantics);
        long builtAt = System.nanoTime();
        out.printf(
                Locale.ROOT,
                "content: %d keys; first load %.0f ms; sentence model %s in %.0f ms;"
                        + " first index build %.0f ms (cold JVM, vectors cached or not)%n",
                loaded.size(),
                millis(loadedAt - start),
                first.usesMeaning() ? "loaded" : "NOT loaded (words alone)",
                millis(modelAt - loadedAt),
                millis(builtAt - modelAt));
        first.close();
        out.printf(
                Locale.ROOT,
                "index build, warm: median %.1f ms over %d builds%n",
                warmBuildMillis(loaded, semantics),
                builds);

        try (Answerer answerer = Answerer.build(loaded, semantics)) {
            answerAll(answerer, questions, warmup / questions.size() + 1);
            if (adversarial) {
                new HostileQuestions(out)
                        .measure(answerer, percentileOfNormal(answerer, questions));
                return 0;
            }
            long[] latencies = measure(answerer, questions);
            Arrays.sort(latencies);
            double totalSeconds = Arrays.stream(latencies).sum() / 1e9;
            out.printf(
                    Locale.ROOT,
                    "per question (%d answers after warm-up): p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                    latencies.length,
                    millis(percentile(latencies, 0.50)),
                    millis(percentile(latencies, 0.99)),
                    millis(latencies[latencies.length - 1]));
            out.printf(
                    Locale.ROOT,
                    "throughput: single thread %.0f questions/s; all %d cores %.0f questions/s%n",
                    latencies.length / totalSeconds,
                    cores(),
                    allCoreThroughput(answerer, questions));
            System.gc();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            out.printf(
                    Locale.ROOT,
                    "heap used after answering (after GC): %.1f MB%n",
                    heap / 1024.0 / 1024.0);
        }
        return 0;
    }

    private double warmBuildMillis(Content loaded, Semantics semantics) {
        long[] times = new long[Math.max(1, builds)];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            Answerer.build(loaded, semantics).close();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        return millis(times[times.length / 2]);
    }

    /** The median time of a normal question, the yardstick for hostile ones. */
    private long percentileOfNormal(Answerer answerer, List<String> questions) {
        long[] latencies = measure(answerer, questions);
        Arrays.sort(latencies);
        return percentile(latencies, 0.50);
    }

    private long[] measure(Answerer answerer, List<String> questions) {
        long[] latencies = new long[rounds * questions.size()];
        int i = 0;
        for (int round = 0; round < rounds; round++) {
            for (String question : questions) {
                long t = System.nanoTime();
                answerer.answer(Question.fromCommandLine(question));
                latencies[i++] = System.nanoTime() - t;
            }
        }
        return latencies;
    }

    private double allCoreThroughput(Answerer answerer, List<String> questions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(cores());
        AtomicBoolean running = new AtomicBoolean(true);
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < cores(); t++) {
            counts.add(
                    pool.submit(
                            () -> {
                                long answered = 0;
                                while (running.get()) {
                                    answerer.answer(
                                            Question.fromCommandLine(
                                                    questions.get(
                                                            (int) (answered % questions.size()))));
                                    answered++;
                                }
                                return answered;
                            }));
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return total / (double) seconds;
    }

    private static void answerAll(Answerer answerer, List<String> questions, int times) {
        for (int i = 0; i < times; i++) {
            questions.forEach(q -> answerer.answer(Question.fromCommandLine(q)));
        }
    }

    private static List<String> questions() throws IOException {
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                BenchCommand.class.getResourceAsStream(QUESTIONS),
                                StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}
