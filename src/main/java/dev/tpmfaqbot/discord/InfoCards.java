package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.answer.Link;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cards for {@code /tpm topics} and {@code /tpm help}. */
final class InfoCards {
    private static final Map<String, String> SECTIONS = sections();

    private InfoCards() {
    }

    static Card topics(List<Link> topics) {
        StringBuilder text = new StringBuilder();
        SECTIONS.forEach((prefix, heading) -> {
            List<Link> inSection = topics.stream().filter(t -> t.key().startsWith(prefix)).toList();
            if (!inSection.isEmpty()) {
                text.append("**").append(heading).append("**\n");
                inSection.forEach(t -> text.append("- ").append(t.title()).append('\n'));
                text.append('\n');
            }
        });
        return new Card("What I can answer", text.toString().strip(), List.of(),
                "Ask with /tpm ask, or look up a term with /tpm define", Card.BLUE);
    }

    static Card help() {
        String text = """
                I answer questions about the **technical product manager (TPM)** role.

                `/tpm ask question:` ask anything, e.g. *does a TPM need to code?*
                `/tpm compare role: other:` compare two roles; with one role, compare it with the TPM
                `/tpm define term:` what a term such as *backlog* means
                `/tpm topics` everything I can answer
                **Apps → Ask the TPM bot** on any message (right-click it): the question it raises

                You can also mention me with a question in a channel, or send me a direct message. \
                My answers to slash commands are visible only to you until you press **Share in channel**.""";
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
