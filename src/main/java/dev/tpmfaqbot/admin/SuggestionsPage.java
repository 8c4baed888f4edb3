package dev.tpmfaqbot.admin;

import dev.tpmfaqbot.content.ContentPaths;
import dev.tpmfaqbot.http.HttpReply;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.suggest.AskedPatch;
import dev.tpmfaqbot.suggest.PhrasingSuggestions;
import dev.tpmfaqbot.suggest.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code /admin/suggestions}: questions whose askers clicked a did-you-mean topic, proposed as new
 * phrasings of that key with the evidence; accepting one remembers it, and the accepted ones
 * download as a patch to {@code faq/asked.yml}. Nothing edits the content folder.
 */
final class SuggestionsPage {
    /**
     * Clicks within the records' lifetime count; the retention period deletes older ones anyway.
     */
    static final Duration LOOK_BACK = Duration.ofDays(365);

    private final AdminPages.Sources sources;

    SuggestionsPage(AdminPages.Sources sources) {
        this.sources = sources;
    }

    List<Suggestion> suggestions() {
        Store store = sources.store();
        return PhrasingSuggestions.of(
                store.traffic(sources.clock().instant().minus(LOOK_BACK)).clicks(),
                store.acceptedPhrasings(),
                sources.faq().content());
    }

    HttpReply render(String csrf) {
        List<Suggestion> suggestions = suggestions();
        StringBuilder body =
                new StringBuilder(
                                "<p>When someone asked a question and then clicked a did-you-mean topic, or"
                                        + " marked the answer not helpful and then another one helpful, their wording is a good new phrasing for that topic. Add the line under the key in <code>faq/")
                        .append(ContentPaths.ASKED)
                        .append(
                                "</code>, or accept it and download all accepted ones as a patch.</p>");
        if (suggestions.isEmpty()) {
            body.append(
                    "<p id=\"none\">No suggestions yet: they appear when people click did-you-mean topics.</p>");
        } else {
            body.append(
                    "<table id=\"suggestions\"><tr><th>Question asked</th><th>For key</th><th>Evidence</th><th>YAML line</th><th></th></tr>");
            suggestions.forEach(suggestion -> row(body, suggestion, csrf));
            body.append("</table>");
        }
        body.append("<p><a id=\"patch\" href=\"")
                .append(AdminPages.PATCH)
                .append(
                        "\">Download the accepted phrasings as a patch</a>"
                                + " (<code>git apply</code> it in the repository).</p>");
        return AdminPages.html("Suggestions", AdminPages.SUGGESTIONS, csrf, body.toString());
    }

    private static void row(StringBuilder body, Suggestion suggestion, String csrf) {
        body.append("<tr class=\"suggestion\"><td class=\"text\">")
                .append(Html.text(suggestion.text()))
                .append("</td><td><code>")
                .append(Html.text(suggestion.key()))
                .append("</code><br>")
                .append(Html.text(suggestion.title()))
                .append("</td><td>")
                .append(Html.text(suggestion.evidence()))
                .append("; last ")
                .append(Html.text(suggestion.lastClicked().toString()))
                .append("</td><td><pre>")
                .append(Html.text(suggestion.key()))
                .append(":\n")
                .append(Html.text(suggestion.yamlLine()))
                .append("</pre></td><td>");
        if (suggestion.accepted()) {
            body.append("<span class=\"accepted\">Accepted</span>");
        } else {
            body.append("<form method=\"post\" action=\"")
                    .append(AdminPages.ACCEPT)
                    .append("\">")
                    .append(Html.hidden("csrf", csrf))
                    .append(Html.hidden("key", suggestion.key()))
                    .append(Html.hidden("text", suggestion.text()))
                    .append("<button class=\"accept\">Accept</button></form>");
        }
        body.append("</td></tr>");
    }

    HttpReply accept(Form form) {
        String key = form.value("key");
        String text = form.value("text");
        boolean offered =
                suggestions().stream().anyMatch(s -> s.key().equals(key) && s.text().equals(text));
        if (!offered) {
            return AdminPages.page(
                    400,
                    "Not a suggestion",
                    "<p>That phrasing is not among the suggestions (any more).</p>");
        }
        sources.store().acceptPhrasing(key, text, sources.clock().instant());
        return HttpReply.of(303, "text/plain; charset=utf-8", "")
                .withHeader("Location", AdminPages.SUGGESTIONS);
    }

    HttpReply patch() {
        List<Suggestion> accepted = suggestions().stream().filter(Suggestion::accepted).toList();
        String patch = AskedPatch.of(asked(), accepted);
        return AdminPages.secured(
                HttpReply.of(200, "text/x-diff; charset=utf-8", patch)
                        .withHeader(
                                "Content-Disposition",
                                "attachment; filename=\"asked-phrasings.patch\""));
    }

    private String asked() {
        Path file = sources.faqDir().resolve(ContentPaths.ASKED);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
