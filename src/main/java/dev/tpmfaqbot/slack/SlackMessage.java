package dev.tpmfaqbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A message ready to send: Block Kit blocks and the plain text Slack shows where blocks cannot be
 * shown.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {

    public SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
