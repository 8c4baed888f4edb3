package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.answer.Candidate;
import dev.tpmfaqbot.answer.CandidateFeatures;
import dev.tpmfaqbot.content.InvalidContentException;
import dev.tpmfaqbot.eval.ConfidenceFit;
import dev.tpmfaqbot.eval.EvalFile;
import dev.tpmfaqbot.eval.EvalReport;
import dev.tpmfaqbot.eval.Evaluation;
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

@Command(
        name = "eval",
        header = "Score the bot on a JSON Lines file of questions and expected keys.",
        description = {
            "Score the bot on a JSON Lines file of {\"question\": ..., \"expected\": [keys]} (an empty list: must decline).",
            "Prints each miss, then in-scope top-1 accuracy, out-of-scope decline rate, mean reciprocal rank and calibration."
        })
final class EvalCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "The evaluation file(s), scored together.")
    List<Path> files;

    @Mixin AnswererOption content;

    @Option(names = "--quiet", description = "Only the summary, not each miss.")
    boolean quiet;

    @Option(
            names = "--fit",
            description = {
                "Refit the confidence model's weights on these questions and write them to --weights.",
                "Use the tuning sets, never a held-out one (see the README, \"How answers are chosen\")."
            })
    boolean fit;

    @Option(
            names = "--weights",
            paramLabel = "FILE",
            description = "Where --fit writes the weights (default: ${DEFAULT-VALUE}).",
            defaultValue = "src/main/resources/dev/tpmfaqbot/answer/confidence-model.json")
    Path weights;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, InvalidContentException {
        PrintWriter out = spec.commandLine().getOut();
        List<dev.tpmfaqbot.eval.EvalCase> cases = new java.util.ArrayList<>();
        for (Path file : files) {
            cases.addAll(
                    EvalFile.read(
                            file)); // before building the index: a wrong file name fails at once
        }
        if (fit) {
            return fit(out, cases);
        }
        try (Answerer answerer = content.load()) {
            EvalReport report = Evaluation.run(answerer, cases);
            if (!quiet) {
                report.misses().forEach(miss -> out.println(describe(miss)));
                out.println();
                out.println(
                        "calibration (confidence bin: questions, mean confidence, share whose best key is right)");
                report.calibration()
                        .forEach(
                                bin ->
                                        out.printf(
                                                Locale.ROOT,
                                                "  %.1f-%.1f: %4d  %.2f  %.2f%n",
                                                bin.from(),
                                                bin.to(),
                                                bin.count(),
                                                bin.meanConfidence(),
                                                bin.rightShare()));
                out.println("routes (questions, share right)");
                report.byRoute()
                        .forEach(
                                (route, counts) ->
                                        out.printf(
                                                Locale.ROOT,
                                                "  %-11s %4.0f  %.2f%n",
                                                route,
                                                counts[0],
                                                counts[1]));
            }
            if (!report.byStyle().isEmpty()) {
                out.println("styles (questions, share right)");
                report.byStyle()
                        .forEach(
                                (style, counts) ->
                                        out.printf(
                                                Locale.ROOT,
                                                "  %-18s %4.0f  %.3f%n",
                                                style,
                                                counts[0],
                                                counts[1]));
            }
            out.println(
                    answerer.usesMeaning()
                            ? "answering with the sentence model and words"
                            : "answering with words alone");
            out.println(report.summary());
            return 0;
        }
    }

    private int fit(PrintWriter out, List<dev.tpmfaqbot.eval.EvalCase> cases)
            throws IOException, InvalidContentException {
        try (dev.tpmfaqbot.semantic.Semantics semantics = content.semantics()) {
            ConfidenceFit.Fitted fitted = ConfidenceFit.fit(content.content(), semantics, cases);
            String provenance =
                    String.format(
                            Locale.ROOT,
                            "eval --fit on %s: %d questions, %d candidates",
                            files.stream()
                                    .map(f -> f.getFileName().toString())
                                    .collect(Collectors.joining(" ")),
                            fitted.questions(),
                            fitted.examples());
            ConfidenceFit.write(fitted, provenance, weights);
            out.println(provenance + "; weights written to " + weights);
            return 0;
        }
    }

    private static String describe(EvalReport.Result miss) {
        Answer answer = miss.explanation().answer();
        String candidates =
                miss.explanation().candidates().stream()
                        .limit(3)
                        .map(EvalCommand::describe)
                        .collect(Collectors.joining(", "));
        return String.format(
                Locale.ROOT,
                "MISS line %d: %s%n  expected %s, got %s (%.2f, %s, %s)%n  words %s%n  top %s",
                miss.evalCase().line(),
                miss.evalCase().question(),
                miss.evalCase().expected().isEmpty() ? "to decline" : miss.evalCase().expected(),
                answer.key(),
                answer.confidence(),
                answer.band(),
                miss.explanation().route(),
                miss.explanation().words(),
                candidates);
    }

    private static String describe(Candidate candidate) {
        CandidateFeatures f = candidate.features();
        return String.format(
                Locale.ROOT,
                "%s %.2f [meaning %.2f words %.2f phr %.2f]",
                candidate.key(),
                candidate.confidence(),
                f.meaning(),
                f.words(),
                f.phrasing());
    }
}
