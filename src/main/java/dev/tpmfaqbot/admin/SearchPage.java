package dev.tpmfaqbot.admin;

import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.http.HttpCall;
import dev.tpmfaqbot.http.HttpReply;
import dev.tpmfaqbot.search.ContentSearch;
import dev.tpmfaqbot.service.FaqService;
import java.util.List;

/**
 * {@code /admin/search?q=…}: the content with Lucene's query syntax. The search index is built on
 * the first search and again after the content changes, never before anyone searches.
 */
final class SearchPage {
    static final int MAX_HITS = 50;

    private final FaqService faq;
    private volatile Built built;

    private record Built(Content content, ContentSearch search) {}

    SearchPage(FaqService faq) {
        this.faq = faq;
    }

    HttpReply render(HttpCall call, String csrf) {
        String query = new Form(call.rawQuery()).value("q");
        StringBuilder body = new StringBuilder();
        body.append("<form method=\"get\" action=\"")
                .append(AdminPages.SEARCH)
                .append("\"><input name=\"q\" id=\"q\" size=\"60\" value=\"")
                .append(Html.text(query))
                .append(
                        "\" placeholder=\"title:roadmap   kind:term AND aliases:pm   sources:wahl-case\">")
                .append(
                        " <button id=\"search\">Search</button></form><p class=\"muted\">Fields: title, kind (faq, term, comparison),"
                                + " aliases, questions, sources, text, key, path. AND, OR, NOT, \"phrases\", wild* and fuzzy~ work.</p>");
        if (!query.isBlank()) {
            try {
                hits(body, search().search(query, MAX_HITS));
            } catch (ContentSearch.BadQuery e) {
                body.append("<p class=\"error\" id=\"problem\">")
                        .append(Html.text(e.getMessage()))
                        .append("</p>");
            }
        }
        return AdminPages.html("Search content", AdminPages.SEARCH, csrf, body.toString());
    }

    private static void hits(StringBuilder body, List<ContentSearch.Hit> hits) {
        body.append("<p id=\"count\">")
                .append(hits.size())
                .append(hits.size() == MAX_HITS ? "+" : "")
                .append(" found</p>");
        body.append(
                "<table id=\"hits\"><tr><th>Title</th><th>Kind</th><th>Key</th><th>File</th></tr>");
        for (ContentSearch.Hit hit : hits) {
            body.append("<tr class=\"hit\"><td>")
                    .append(Html.text(hit.title()))
                    .append("<br><span class=\"muted\">")
                    .append(Html.text(hit.shortAnswer()))
                    .append("</span></td><td>")
                    .append(Html.text(hit.kind()))
                    .append("</td><td><code>")
                    .append(Html.text(hit.key()))
                    .append("</code></td><td><code class=\"path\">faq/")
                    .append(Html.text(hit.path()))
                    .append("</code></td></tr>");
        }
        body.append("</table>");
    }

    private ContentSearch search() {
        Content content = faq.content();
        Built current = built;
        if (current == null || current.content() != content) {
            current = new Built(content, ContentSearch.of(content));
            built = current;
        }
        return current.search();
    }
}
