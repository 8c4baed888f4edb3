package dev.tpmfaqbot.eval;

import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.answer.Explanation;
import dev.tpmfaqbot.answer.Question;
import java.util.ArrayList;
import java.util.List;

/** Runs evaluation cases through an answerer and scores them. */
public final class Evaluation {
    private Evaluation() {}

    public static EvalReport run(Answerer answerer, List<EvalCase> cases) {
        List<EvalReport.Result> results = new ArrayList<>();
        for (EvalCase evalCase : cases) {
            Explanation explanation =
                    answerer.explain(Question.fromCommandLine(evalCase.question()));
            results.add(new EvalReport.Result(evalCase, explanation));
        }
        return new EvalReport(results);
    }
}
