package dev.tpmfaqbot.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.OptionGroupObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.StaticSelectElement;
import dev.tpmfaqbot.answer.HelpText;
import dev.tpmfaqbot.answer.Link;
import dev.tpmfaqbot.onboarding.Welcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The messages that are not answers: help, the list of topics, the welcome, short notices. */
final class SlackMessages {
    /** The topics list's groups, in order: key prefix → heading. */
    private static final List<Map.Entry<String, String>> GROUPS =
            List.of(
                    Map.entry("faq:", "Questions"),
                    Map.entry("compare:", "Role comparisons"),
                    Map.entry("term:", "Glossary"));

    /** How each way to ask in the help text is written in Slack (Markdown). */
    private static final Map<String, String> COMMANDS =
            Map.of(
                    "ask", "`/tpm QUESTION` or `/tpm ask QUESTION`",
                    "compare", "`/tpm compare ROLE [ROLE]`",
                    "define", "`/tpm define TERM`",
                    "topics", "`/tpm topics`",
                    "message", "*⋯ More actions → Ask the TPM bot* on any message");

    private SlackMessages() {}

    static SlackMessage help(List<String> roleNames) {
        String text =
                MrkdwnWriter.toMrkdwn(HelpText.withCommands(COMMANDS))
                        + "\n\nRoles: "
                        + SlackText.escape(String.join(", ", roleNames));
        return new SlackMessage(
                MrkdwnSplitter.shorten(text, SlackLimits.FALLBACK_TEXT),
                BlockKitRenderer.sections(text, SlackLimits.BLOCKS));
    }

    /** The first message of a thread in the assistant view. */
    static SlackMessage greeting() {
        return notice(
                "Hi! Ask me anything about the technical product manager (TPM) role: what a TPM does, "
                        + "how the role compares with others, or what a term means. Type your question, or try a suggestion.");
    }

    static SlackMessage topics(List<Link> topics) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKitRenderer.header("Topics I can answer"));
        blocks.add(
                SectionBlock.builder()
                        .text(
                                BlockKitRenderer.mrkdwn(
                                        "Pick one from the menu, or ask in your own words: `/tpm ask …`"))
                        .accessory(menu(topics))
                        .build());
        StringBuilder fallback = new StringBuilder("Topics I can answer:");
        for (Map.Entry<String, String> group : GROUPS) {
            List<Link> members = inGroup(topics, group.getKey());
            if (members.isEmpty()) {
                continue;
            }
            StringBuilder list = new StringBuilder("*" + group.getValue() + "*");
            members.forEach(link -> list.append("\n• ").append(SlackText.escape(link.title())));
            blocks.addAll(
                    BlockKitRenderer.sections(list.toString(), SlackLimits.BLOCKS - blocks.size()));
            fallback.append("\n\n").append(list);
        }
        return new SlackMessage(
                MrkdwnSplitter.shorten(fallback.toString(), SlackLimits.FALLBACK_TEXT), blocks);
    }

    static SlackMessage welcome(Welcome welcome) {
        String text = MrkdwnWriter.toMrkdwn(welcome.text());
        List<LayoutBlock> blocks =
                new ArrayList<>(BlockKitRenderer.sections(text, SlackLimits.BLOCKS - 1));
        if (!welcome.starterTopics().isEmpty()) {
            blocks.add(
                    BlockKitRenderer.buttons(
                            "starters",
                            ActionIds.OPEN,
                            welcome.starterTopics(),
                            SlackLimits.ACTIONS_ELEMENTS));
        }
        return new SlackMessage(MrkdwnSplitter.shorten(text, SlackLimits.FALLBACK_TEXT), blocks);
    }

    /**
     * A one-line message, e.g. when something went wrong. {@code mrkdwn} must already be escaped.
     */
    static SlackMessage notice(String mrkdwn) {
        return new SlackMessage(
                MrkdwnSplitter.shorten(mrkdwn, SlackLimits.FALLBACK_TEXT),
                BlockKitRenderer.sections(mrkdwn, SlackLimits.BLOCKS));
    }

    private static StaticSelectElement menu(List<Link> topics) {
        List<OptionGroupObject> groups = new ArrayList<>();
        int left = SlackLimits.SELECT_OPTIONS;
        for (Map.Entry<String, String> group : GROUPS) {
            List<OptionObject> options = new ArrayList<>();
            for (Link link : inGroup(topics, group.getKey())) {
                if (left-- <= 0) {
                    break;
                }
                options.add(
                        OptionObject.builder()
                                .text(BlockKitRenderer.plain(link.title(), SlackLimits.OPTION_TEXT))
                                .value(link.key())
                                .build());
            }
            if (!options.isEmpty()) {
                groups.add(
                        OptionGroupObject.builder()
                                .label(
                                        BlockKitRenderer.plain(
                                                group.getValue(), SlackLimits.OPTION_TEXT))
                                .options(options)
                                .build());
            }
        }
        return StaticSelectElement.builder()
                .actionId(ActionIds.TOPIC_MENU)
                .placeholder(BlockKitRenderer.plain("Pick a topic", SlackLimits.OPTION_TEXT))
                .optionGroups(groups)
                .build();
    }

    private static List<Link> inGroup(List<Link> topics, String prefix) {
        return topics.stream().filter(link -> link.key().startsWith(prefix)).toList();
    }
}
