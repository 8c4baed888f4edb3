package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.answer.HelpText;
import dev.tpmfaqbot.answer.Link;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cards for {@code /tpm topics} and {@code /tpm help}. */
final class InfoCards {
    private static final Map<String, String> SECTIONS = sections();

    /** How each way to ask in the help text is written in Discord (Markdown). */
    private static final Map<String, String> COMMANDS =
            Map.of(
                    "ask", "`/tpm ask question:`",
                    "compare", "`/tpm compare role: other:`",
                    "define", "`/tpm define term:`",
                    "topics", "`/tpm topics`",
                    "message", "**Apps → Ask the TPM bot** on any message (right-click it)");

    private InfoCards() {}

    static Card topics(List<Link> topics) {
        StringBuilder text = new StringBuilder();
        SECTIONS.forEach(
                (prefix, heading) -> {
                    List<Link> inSection =
                            topics.stream().filter(t -> t.key().startsWith(prefix)).toList();
                    if (!inSection.isEmpty()) {
                        text.append("**").append(heading).append("**\n");
                        inSection.forEach(t -> text.append("- ").append(t.title()).append('\n'));
                        text.append('\n');
                    }
                });
        return new Card(
                "What I can answer",
                text.toString().strip(),
                List.of(),
                "Ask with /tpm ask, or look up a term with /tpm define",
                Card.BLUE);
    }

    static Card help() {
        String text =
                HelpText.withCommands(COMMANDS)
                        + "\n\nMy answers to slash commands are visible only to you until you press **Share in channel**.";
        return new Card("How to ask me", text, List.of(), "", Card.BLUE);
    }

    private static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("faq:", "Questions");
        sections.put("compare:", "Role comparisons");
        sections.put("term:", "Terms");
        return sections;
    }
}
