package dev.tpmfaqbot.admin;

import dev.tpmfaqbot.content.Answerable;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.http.HttpCall;
import dev.tpmfaqbot.http.HttpReply;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.Store.ClickCount;
import dev.tpmfaqbot.store.Store.KeyCount;
import dev.tpmfaqbot.store.Store.KeyFeedback;
import dev.tpmfaqbot.store.Store.PlatformCount;
import dev.tpmfaqbot.store.Store.UnansweredGroup;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code /admin}: traffic per day and band, per platform, most asked, unanswered, feedback and
 * did-you-mean clicks.
 */
final class InsightsPage {
    static final int ROWS = 30;

    private InsightsPage() {}

    static HttpReply render(HttpCall call, AdminPages.Sources sources, String csrf) {
        Period period = Period.of(new Form(call.rawQuery()).value("period"));
        Instant now = sources.clock().instant();
        Instant since = now.minus(period.length);
        Store.Report report = sources.store().report(since);
        Store.Traffic traffic = sources.store().traffic(since);
        Content content = sources.faq().content();
        long total = traffic.platforms().stream().mapToLong(PlatformCount::count).sum();

        StringBuilder body = new StringBuilder();
        body.append("<p>Period: ");
        for (Period choice : Period.values()) {
            body.append(
                            choice == period
                                    ? "<strong>" + choice.label + "</strong>"
                                    : "<a href=\""
                                            + AdminPages.INSIGHTS
                                            + "?period="
                                            + choice.label
                                            + "\">"
                                            + choice.label
                                            + "</a>")
                    .append(' ');
        }
        body.append("<span class=\"muted\">(since ")
                .append(Html.text(since.truncatedTo(ChronoUnit.MINUTES).toString()))
                .append(", UTC days)</span></p>");
        body.append("<h2>Questions per day by band</h2><p id=\"total\">")
                .append(total)
                .append(" questions</p>")
                .append(
                        BandChart.svg(
                                traffic.perDay(),
                                since.getEpochSecond() / 86_400,
                                now.getEpochSecond() / 86_400))
                .append(BandChart.legend());
        platforms(body, traffic, total);
        mostAsked(body, report, content);
        unanswered(body, report, content);
        feedback(body, report, content);
        clicks(body, traffic, content);
        return AdminPages.html("Insights", AdminPages.INSIGHTS, csrf, body.toString());
    }

    private static void platforms(StringBuilder body, Store.Traffic traffic, long total) {
        body.append(
                "<h2>Per platform</h2><table id=\"platforms\"><tr><th>Platform</th><th>Questions</th><th>Share</th></tr>");
        for (PlatformCount platform : traffic.platforms()) {
            body.append("<tr><td>")
                    .append(Html.text(platform.platform()))
                    .append("</td><td class=\"n\">")
                    .append(platform.count())
                    .append("</td><td class=\"n\">")
                    .append(Html.percent((double) platform.count() / total))
                    .append("</td></tr>");
        }
        body.append("</table>");
    }

    private static void mostAsked(StringBuilder body, Store.Report report, Content content) {
        body.append(
                "<h2>Most asked</h2><table id=\"most-asked\"><tr><th>Key</th><th>Title</th><th>Answered</th></tr>");
        for (KeyCount key : report.mostAsked().stream().limit(ROWS).toList()) {
            body.append("<tr><td><code>")
                    .append(Html.text(key.key()))
                    .append("</code></td><td>")
                    .append(title(content, key.key()))
                    .append("</td><td class=\"n\">")
                    .append(key.count())
                    .append("</td></tr>");
        }
        body.append("</table>");
    }

    private static void unanswered(StringBuilder body, Store.Report report, Content content) {
        body.append(
                "<h2>Unanswered and low-confidence questions</h2><p class=\"muted\">Near-identical wordings counted together,"
                        + " as <code>report</code> does.</p><table id=\"unanswered\"><tr><th>Example</th><th>Times</th><th>Best guess</th>"
                        + "<th>Confidence</th></tr>");
        for (UnansweredGroup group : report.unanswered().stream().limit(ROWS).toList()) {
            body.append("<tr><td>")
                    .append(Html.text(group.example()))
                    .append("</td><td class=\"n\">")
                    .append(group.count())
                    .append("</td><td><code>")
                    .append(Html.text(group.bestGuessKey()))
                    .append("</code> ")
                    .append(title(content, group.bestGuessKey()))
                    .append("</td><td class=\"n\">")
                    .append(Html.number(group.bestGuessConfidence()))
                    .append("</td></tr>");
        }
        body.append("</table>");
    }

    private static void feedback(StringBuilder body, Store.Report report, Content content) {
        body.append(
                "<h2>Feedback per key</h2><table id=\"feedback\"><tr><th>Key</th><th>Helpful</th><th>Not helpful</th></tr>");
        for (KeyFeedback key : report.feedback().stream().limit(ROWS).toList()) {
            body.append("<tr><td><code>")
                    .append(Html.text(key.key()))
                    .append("</code> ")
                    .append(title(content, key.key()))
                    .append("</td><td class=\"n\">")
                    .append(key.helpful())
                    .append("</td><td class=\"n\">")
                    .append(key.notHelpful())
                    .append("</td></tr>");
        }
        body.append("</table>");
    }

    private static void clicks(StringBuilder body, Store.Traffic traffic, Content content) {
        body.append(
                "<h2>Did-you-mean topics clicked</h2><table id=\"clicks\"><tr><th>Question asked</th><th>Topic clicked</th>"
                        + "<th>Times</th></tr>");
        for (ClickCount click : traffic.clicks().stream().limit(ROWS).toList()) {
            body.append("<tr><td>")
                    .append(Html.text(click.text()))
                    .append("</td><td><code>")
                    .append(Html.text(click.key()))
                    .append("</code> ")
                    .append(title(content, click.key()))
                    .append("</td><td class=\"n\">")
                    .append(click.count())
                    .append("</td></tr>");
        }
        body.append("</table>");
    }

    private static String title(Content content, String key) {
        return content.find(key).map(Answerable::title).map(Html::text).orElse("");
    }
}
