package dev.tpmfaqbot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.AnswerJson;
import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.answer.Band;
import dev.tpmfaqbot.answer.Candidate;
import dev.tpmfaqbot.answer.CandidateFeatures;
import dev.tpmfaqbot.answer.Explanation;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.content.InvalidContentException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "ask",
        header = "Answer a question, or each line of standard input.",
        description = {
            "Answer a question. Without QUESTION, answer each line of standard input in turn",
            "(with --json: one JSON object per line, in order)."
        })
final class AskCommand implements Callable<Integer> {

    @Parameters(
            arity = "0..*",
            paramLabel = "QUESTION",
            description = "The question; several words need no quotes.")
    String[] words;

    @Option(
            names = "--json",
            description =
                    "One JSON object: question, key, kind, confidence, band, title, text, followUps, suggestions, sources.")
    boolean json;

    @Option(
            names = "--explain",
            description =
                    "Also say why: band and thresholds, route, the top candidates with their confidence and features.")
    boolean explain;

    @Mixin AnswererOption content;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, InvalidContentException {
        PrintWriter out = spec.commandLine().getOut();
        try (Answerer answerer = content.load()) {
            if (words != null && words.length > 0) {
                print(out, answerer, Question.fromCommandLine(String.join(" ", words)));
                return 0;
            }
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                print(out, answerer, Question.fromCommandLine(line));
            }
            return 0;
        }
    }

    private void print(PrintWriter out, Answerer answerer, Question question) {
        if (explain) {
            Explanation explanation = answerer.explain(question);
            out.println(
                    json
                            ? explained(explanation)
                            : TerminalAnswer.format(explanation.answer())
                                    + "\n"
                                    + ExplanationText.format(explanation));
        } else {
            Answer answer = answerer.answer(question);
            out.println(json ? AnswerJson.line(answer) : TerminalAnswer.format(answer));
        }
        out.flush();
    }

    /**
     * The answer's JSON with an "explanation" object: the band thresholds, route, cleaned text,
     * words and candidates.
     */
    private static String explained(Explanation explanation) {
        ObjectNode line = AnswerJson.of(explanation.answer());
        ObjectNode why =
                line.putObject("explanation")
                        .put("answerFrom", Band.ANSWER_FROM)
                        .put("suggestFrom", Band.SUGGEST_FROM)
                        .put("route", explanation.route().toString())
                        .put("cleaned", explanation.cleaned());
        explanation.words().forEach(why.putArray("words")::add);
        ArrayNode candidates = why.putArray("candidates");
        for (Candidate candidate : explanation.candidates()) {
            ObjectNode c =
                    candidates
                            .addObject()
                            .put("key", candidate.key())
                            .put("confidence", candidate.confidence());
            double[] values = candidate.features().vector();
            ObjectNode features = c.putObject("features");
            for (int i = 0; i < values.length; i++) {
                features.put(CandidateFeatures.NAMES.get(i), values[i]);
            }
        }
        return line.toString();
    }
}
