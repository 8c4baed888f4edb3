package dev.tpmfaqbot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.ComparisonTable;
import dev.tpmfaqbot.answer.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Draws an {@link Answer} as Block Kit: a header, the body in mrkdwn, a comparison as two columns
 * (one row per dimension), "did you mean" and related-topic buttons, the sources, and the feedback
 * and share buttons. Long content is split over several blocks and, past Slack's 50 blocks, cut
 * short with a note: a message is never too big to send.
 */
final class BlockKitRenderer {
    static final int MAX_FOLLOW_UPS = 5;
    static final String CUT_NOTE =
            "\n\n_…the rest of this answer is too long for one Slack message._";
    private static final Pattern SLACK_USER_ID = Pattern.compile("[UW][A-Z0-9]{2,30}");

    private final MrkdwnCache mrkdwn;

    BlockKitRenderer(MrkdwnCache mrkdwn) {
        this.mrkdwn = mrkdwn;
    }

    SlackMessage answer(Answer answer, Presentation presentation) {
        String body = mrkdwn.toMrkdwn(answer.prose());
        List<LayoutBlock> tail = new ArrayList<>();
        List<LayoutBlock> table = answer.table().map(this::table).orElse(List.of());
        if (!answer.suggestions().isEmpty()) {
            tail.add(
                    buttons(
                            "suggestions",
                            ActionIds.SUGGEST,
                            answer.suggestions(),
                            SlackLimits.ACTIONS_ELEMENTS));
        }
        if (!answer.followUps().isEmpty()) {
            tail.add(context("Related topics:"));
            tail.add(buttons("follow-ups", ActionIds.OPEN, answer.followUps(), MAX_FOLLOW_UPS));
        }
        if (!answer.sources().isEmpty()) {
            tail.add(context("Sources: " + SlackText.escape(String.join(" · ", answer.sources()))));
        }
        presentation
                .sharedBy()
                .filter(user -> SLACK_USER_ID.matcher(user).matches())
                .ifPresent(user -> tail.add(context("Shared by <@" + user + ">")));
        if (answer.isAnswered()) {
            tail.add(
                    presentation.feedbackGiven()
                            ? context("Thanks for your feedback!")
                            : feedback(answer.key(), presentation));
            if (presentation.shareable()) {
                tail.add(
                        ActionsBlock.builder()
                                .blockId(ActionIds.SHARE_BLOCK)
                                .elements(
                                        List.of(
                                                button(
                                                        ActionIds.SHARE,
                                                        "Share in channel",
                                                        answer.key(),
                                                        "primary")))
                                .build());
            }
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!answer.title().isBlank()) {
            blocks.add(header(answer.title()));
        }
        int room = SlackLimits.BLOCKS - blocks.size() - tail.size();
        List<LayoutBlock> tableShown =
                table.subList(0, Math.min(table.size(), Math.max(0, room - 1)));
        blocks.addAll(sections(body, room - tableShown.size()));
        blocks.addAll(tableShown);
        blocks.addAll(tail);
        String wholeText = answer.table().isPresent() ? mrkdwn.toMrkdwn(answer.text()) : body;
        return new SlackMessage(fallback(answer.title(), wholeText), blocks);
    }

    /**
     * Mrkdwn text as sections, split to fit; at most {@code room} blocks, the last one saying it
     * was cut.
     */
    static List<LayoutBlock> sections(String mrkdwn, int room) {
        if (mrkdwn.isBlank() || room <= 0) {
            return List.of();
        }
        List<String> pieces =
                MrkdwnSplitter.split(mrkdwn, SlackLimits.SECTION_TEXT - CUT_NOTE.length());
        List<LayoutBlock> sections = new ArrayList<>();
        for (int i = 0; i < pieces.size() && i < room; i++) {
            boolean cut = i == room - 1 && pieces.size() > room;
            sections.add(section(cut ? pieces.get(i) + CUT_NOTE : pieces.get(i)));
        }
        return sections;
    }

    static String fallback(String title, String mrkdwnBody) {
        String text = SlackText.escape(title) + (mrkdwnBody.isBlank() ? "" : "\n\n" + mrkdwnBody);
        return MrkdwnSplitter.shorten(text, SlackLimits.FALLBACK_TEXT);
    }

    private List<LayoutBlock> table(ComparisonTable table) {
        List<LayoutBlock> rows = new ArrayList<>();
        rows.add(
                SectionBlock.builder()
                        .fields(
                                List.of(
                                        mrkdwn("*" + SlackText.escape(table.firstRole()) + "*"),
                                        mrkdwn("*" + SlackText.escape(table.secondRole()) + "*")))
                        .build());
        for (ComparisonTable.Row row : table.rows()) {
            rows.add(
                    SectionBlock.builder()
                            .text(
                                    mrkdwn(
                                            MrkdwnSplitter.shorten(
                                                    "_" + SlackText.escape(row.dimension()) + "_",
                                                    SlackLimits.SECTION_TEXT)))
                            .fields(List.of(field(row.first()), field(row.second())))
                            .build());
        }
        return rows;
    }

    private TextObject field(String markdown) {
        String text = mrkdwn.toMrkdwn(markdown);
        return mrkdwn(MrkdwnSplitter.shorten(text.isBlank() ? "–" : text, SlackLimits.FIELD_TEXT));
    }

    private static LayoutBlock feedback(String key, Presentation presentation) {
        String value = key + "|" + presentation.code();
        return ActionsBlock.builder()
                .blockId(ActionIds.FEEDBACK_BLOCK)
                .elements(
                        List.of(
                                button(ActionIds.HELPFUL, "👍 Helpful", value),
                                button(ActionIds.NOT_HELPFUL, "👎 Not helpful", value)))
                .build();
    }

    static LayoutBlock buttons(String blockId, String actionPrefix, List<Link> links, int max) {
        List<BlockElement> elements = new ArrayList<>();
        for (int i = 0; i < links.size() && i < max && i < SlackLimits.ACTIONS_ELEMENTS; i++) {
            elements.add(button(actionPrefix + i, links.get(i).title(), links.get(i).key()));
        }
        return ActionsBlock.builder().blockId(blockId).elements(elements).build();
    }

    static ButtonElement button(String actionId, String label, String value) {
        return button(actionId, label, value, null);
    }

    static ButtonElement button(String actionId, String label, String value, String style) {
        return ButtonElement.builder()
                .actionId(actionId)
                .text(plain(label, SlackLimits.BUTTON_TEXT))
                .value(SlackText.cut(value, SlackLimits.BUTTON_VALUE))
                .style(style)
                .build();
    }

    static LayoutBlock header(String title) {
        return HeaderBlock.builder().text(plain(title, SlackLimits.HEADER_TEXT)).build();
    }

    static LayoutBlock section(String mrkdwn) {
        return SectionBlock.builder().text(mrkdwn(mrkdwn)).build();
    }

    static LayoutBlock context(String mrkdwn) {
        List<ContextBlockElement> elements =
                List.of(mrkdwn(MrkdwnSplitter.shorten(mrkdwn, SlackLimits.CONTEXT_TEXT)));
        return ContextBlock.builder().elements(elements).build();
    }

    /** Verbatim, so that Slack does not turn words into links or mentions on its own. */
    static MarkdownTextObject mrkdwn(String text) {
        return MarkdownTextObject.builder().text(text).verbatim(true).build();
    }

    static PlainTextObject plain(String text, int max) {
        return PlainTextObject.builder()
                .text(SlackText.cut(SlackText.plain(text).strip(), max))
                .emoji(true)
                .build();
    }
}
