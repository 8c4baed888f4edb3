package dev.tpmfaqbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.tpmfaqbot.suggest.Suggestion;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code report --suggest}: the phrasings suggested by did-you-mean clicks, with the YAML lines to
 * add.
 */
final class SuggestionText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SuggestionText() {}

    static void print(PrintWriter out, List<Suggestion> suggestions, int limit) {
        out.printf(
                "Suggested phrasings: questions whose askers clicked a did-you-mean topic, or found a better answer after"
                        + " \"not helpful\".%n"
                        + "Add each line under its key in faq/asked.yml (the owner's page at /admin can make a patch).%n");
        List<Suggestion> shown = Limit.first(suggestions, limit);
        if (shown.isEmpty()) {
            out.printf("%n  none yet%n");
        }
        for (Suggestion suggestion : shown) {
            out.printf(
                    "%n%7d  %s; last %s%n",
                    suggestion.clicks(), suggestion.evidence(), suggestion.lastClicked());
            out.printf(
                    "         %s:%n         %s%s%n",
                    TerminalText.safe(suggestion.key()),
                    TerminalText.safe(suggestion.yamlLine()),
                    suggestion.accepted() ? "   (accepted)" : "");
        }
        if (shown.size() < suggestions.size()) {
            out.printf(
                    "%n  ... and %d more (--limit 0 for all)%n", suggestions.size() - shown.size());
        }
    }

    static String json(List<Suggestion> suggestions, int limit) {
        ArrayNode array = JSON.createArrayNode();
        for (Suggestion suggestion : Limit.first(suggestions, limit)) {
            array.addObject()
                    .put("key", suggestion.key())
                    .put("question", suggestion.text())
                    .put("clicks", suggestion.clicks())
                    .put("afterNotHelpful", suggestion.rephrased())
                    .put("lastClicked", suggestion.lastClicked().toString())
                    .put("accepted", suggestion.accepted())
                    .put("yaml", suggestion.yamlLine());
        }
        return array.toString();
    }
}
