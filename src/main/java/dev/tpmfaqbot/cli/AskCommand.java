package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.AnswerJson;
import dev.tpmfaqbot.answer.Answerer;
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

@Command(name = "ask", header = "Answer a question, or each line of standard input.", description = {
        "Answer a question. Without QUESTION, answer each line of standard input in turn",
        "(with --json: one JSON object per line, in order)."})
final class AskCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question; several words need no quotes.")
    String[] words;

    @Option(names = "--json", description = "One JSON object: question, key, kind, confidence, band, title, text, followUps, suggestions, sources.")
    boolean json;

    @Mixin
    AnswererOption content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InvalidContentException {
        PrintWriter out = spec.commandLine().getOut();
        try (Answerer answerer = content.load()) {
            if (words != null && words.length > 0) {
                print(out, answerer.answer(Question.fromCommandLine(String.join(" ", words))));
                return 0;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                print(out, answerer.answer(Question.fromCommandLine(line)));
            }
            return 0;
        }
    }

    private void print(PrintWriter out, Answer answer) {
        out.println(json ? AnswerJson.line(answer) : TerminalAnswer.format(answer));
        out.flush();
    }
}
