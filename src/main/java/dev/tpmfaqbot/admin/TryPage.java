package dev.tpmfaqbot.admin;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Band;
import dev.tpmfaqbot.answer.Candidate;
import dev.tpmfaqbot.answer.CandidateFeatures;
import dev.tpmfaqbot.answer.Explanation;
import dev.tpmfaqbot.answer.Link;
import dev.tpmfaqbot.http.HttpCall;
import dev.tpmfaqbot.http.HttpReply;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.text.ChatText;

/**
 * {@code /admin/try?q=…}: the answer as a user would see it, and why it was chosen. Nothing is
 * recorded.
 */
final class TryPage {
    static final int CANDIDATES = 5;

    private TryPage() {}

    static HttpReply render(HttpCall call, FaqService faq, String csrf) {
        String question = ChatText.truncate(new Form(call.rawQuery()).value("q"));
        StringBuilder body = new StringBuilder();
        body.append("<form method=\"get\" action=\"")
                .append(AdminPages.TRY)
                .append("\"><input name=\"q\" id=\"q\" size=\"60\" value=\"")
                .append(Html.text(question))
                .append(
                        "\" placeholder=\"Ask as a user would\"> <button id=\"ask\">Ask</button></form>");
        if (!question.isBlank()) {
            explain(body, faq.explain(question));
        }
        return AdminPages.html("Try it", AdminPages.TRY, csrf, body.toString());
    }

    private static void explain(StringBuilder body, Explanation explanation) {
        Answer answer = explanation.answer();
        body.append("<h2>Answer</h2><div class=\"answer\" id=\"answer\">")
                .append(Html.markdown(answer.text()));
        if (!answer.suggestions().isEmpty()) {
            body.append("<p>Did you mean: ");
            for (Link link : answer.suggestions()) {
                body.append("<code>").append(Html.text(link.title())).append("</code> ");
            }
            body.append("</p>");
        }
        body.append("</div><h2>Why</h2><table id=\"why\">")
                .append(
                        row(
                                "Band",
                                "<span id=\"band\">"
                                        + Html.text(
                                                answer.band()
                                                        .name()
                                                        .toLowerCase(java.util.Locale.ROOT))
                                        + "</span>"))
                .append(row("Key", "<code id=\"key\">" + Html.text(answer.key()) + "</code>"))
                .append(
                        row(
                                "Confidence",
                                "<span id=\"confidence\">"
                                        + Html.number(answer.confidence())
                                        + "</span>"))
                .append(
                        row(
                                "Route",
                                "<span id=\"route\">"
                                        + Html.text(explanation.route().toString())
                                        + "</span>"))
                .append(row("Read as", Html.text(explanation.cleaned())))
                .append(row("Words", Html.text(String.join(" ", explanation.words()))))
                .append(
                        row(
                                "Thresholds",
                                "answer from "
                                        + Html.number(Band.ANSWER_FROM)
                                        + ", did-you-mean from "
                                        + Html.number(Band.SUGGEST_FROM)
                                        + ", topics still offered from "
                                        + Html.number(Band.CLOSE_ENOUGH_TO_OFFER)))
                .append("</table>");
        candidates(body, explanation);
    }

    private static void candidates(StringBuilder body, Explanation explanation) {
        body.append("<h2>Top candidates</h2>");
        if (explanation.candidates().isEmpty()) {
            body.append("<p>None: a rule answered, or nothing matched.</p>");
            return;
        }
        body.append(
                "<div class=\"wide\"><table id=\"candidates\"><tr><th>Key</th><th>Confidence</th>");
        CandidateFeatures.NAMES.forEach(name -> body.append("<th>").append(name).append("</th>"));
        body.append("</tr>");
        for (Candidate candidate : explanation.candidates().stream().limit(CANDIDATES).toList()) {
            body.append("<tr class=\"candidate\"><td><code>")
                    .append(Html.text(candidate.key()))
                    .append("</code></td><td class=\"n\">")
                    .append(Html.number(candidate.confidence()))
                    .append("</td>");
            for (double value : candidate.features().vector()) {
                body.append("<td class=\"n\">").append(Html.number(value)).append("</td>");
            }
            body.append("</tr>");
        }
        body.append("</table></div>");
    }

    private static String row(String name, String valueHtml) {
        return "<tr><th>" + name + "</th><td>" + valueHtml + "</td></tr>";
    }
}
