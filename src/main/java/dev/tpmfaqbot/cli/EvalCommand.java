package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.content.InvalidContentException;
import dev.tpmfaqbot.eval.EvalFile;
import dev.tpmfaqbot.answer.ConfidenceModel;
import dev.tpmfaqbot.eval.EvalReport;
import dev.tpmfaqbot.eval.LogisticFit;
import dev.tpmfaqbot.eval.Evaluation;
import dev.tpmfaqbot.search.KeyMatch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", header = "Score the bot on a JSON Lines file of questions and expected keys.", description = {
        "Score the bot on a JSON Lines file of {\"question\": ..., \"expected\": [keys]} (an empty list: must decline).",
        "Prints each miss, then in-scope top-1 accuracy, out-of-scope decline rate, mean reciprocal rank and calibration."})
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The evaluation file(s), scored together.")
    List<Path> files;

    @Mixin
    AnswererOption content;

    @Option(names = "--quiet", description = "Only the summary, not each miss.")
    boolean quiet;

    @Option(names = "--fit", description = {
            "Refit the confidence model on this file's questions and print the weights for ConfidenceModel.",
            "Use the tuning sets (eval/questions.jsonl eval/questions-indirect.jsonl), never the held-out one."})
    boolean fit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InvalidContentException {
        PrintWriter out = spec.commandLine().getOut();
        List<dev.tpmfaqbot.eval.EvalCase> cases = new java.util.ArrayList<>();
        for (Path file : files) {
            cases.addAll(EvalFile.read(file)); // before building the index: a wrong file name fails at once
        }
        try (Answerer answerer = content.load()) {
            EvalReport report = Evaluation.run(answerer, cases);
            if (fit) {
                printFit(out, report);
                return 0;
            }
            if (!quiet) {
                report.misses().forEach(miss -> out.println(describe(miss)));
                out.println();
                out.println("calibration (confidence bin: questions, mean confidence, share whose best key is right)");
                report.calibration().forEach(bin -> out.printf(Locale.ROOT, "  %.1f-%.1f: %4d  %.2f  %.2f%n",
                        bin.from(), bin.to(), bin.count(), bin.meanConfidence(), bin.rightShare()));
                out.println("routes (questions, share right)");
                report.byRoute().forEach((route, counts) -> out.printf(Locale.ROOT, "  %-11s %4.0f  %.2f%n",
                        route, counts[0], counts[1]));
            }
            out.println(report.summary());
            return 0;
        }
    }

    /** Fits on the questions answered by matching (rules have fixed confidences) and prints Java constants. */
    private static void printFit(PrintWriter out, EvalReport report) {
        List<double[]> features = new java.util.ArrayList<>();
        List<Boolean> right = new java.util.ArrayList<>();
        for (EvalReport.Result result : report.results()) {
            if (result.explanation().features() != null) {
                features.add(result.explanation().features().vector());
                right.add(result.bestKeyRight());
            }
        }
        double[] weights = LogisticFit.fit(features, right);
        out.printf(Locale.ROOT, "fitted on %d questions answered by matching%n", features.size());
        out.printf(Locale.ROOT, "    private static final double BIAS = %.2f;%n", weights[0]);
        for (int f = 0; f < ConfidenceModel.Features.NAMES.size(); f++) {
            out.printf(Locale.ROOT, "    private static final double %s = %.2f;%n", ConfidenceModel.Features.NAMES.get(f), weights[f + 1]);
        }
    }

    private static String describe(EvalReport.Result miss) {
        Answer answer = miss.explanation().answer();
        String candidates = miss.explanation().ranked().stream().limit(3)
                .map(EvalCommand::describe)
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "MISS line %d: %s%n  expected %s, got %s (%.2f, %s, %s)%n  words %s%n  top %s",
                miss.evalCase().line(), miss.evalCase().question(),
                miss.evalCase().expected().isEmpty() ? "to decline" : miss.evalCase().expected(),
                answer.key(), answer.confidence(), answer.band(), miss.explanation().route(),
                miss.explanation().words(), candidates);
    }

    private static String describe(KeyMatch match) {
        return String.format(Locale.ROOT, "%s [phr %.2f sig %.2f txt %.2f]", match.key(), match.phrasingSimilarity(),
                match.signatureCoverage(), match.textCoverage());
    }
}
