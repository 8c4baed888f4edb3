package dev.tpmfaqbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;

/** Where a button was clicked, and by whom: what a reply to the click needs. */
record Click(
        String value,
        String user,
        String channel,
        boolean ephemeral,
        String threadTs,
        String messageTs,
        String responseUrl) {

    static Click of(BlockActionPayload payload) {
        BlockActionPayload.Action action = payload.getActions().get(0);
        String value =
                action.getSelectedOption() != null
                        ? action.getSelectedOption().getValue()
                        : action.getValue();
        BlockActionPayload.Container container = payload.getContainer();
        String threadTs = container != null ? container.getThreadTs() : null;
        if (threadTs == null && payload.getMessage() != null) {
            threadTs = payload.getMessage().getThreadTs();
        }
        return new Click(
                value == null ? "" : value,
                payload.getUser() != null ? payload.getUser().getId() : null,
                payload.getChannel() != null
                        ? payload.getChannel().getId()
                        : container != null ? container.getChannelId() : null,
                container != null && container.isEphemeral(),
                threadTs,
                container != null ? container.getMessageTs() : null,
                payload.getResponseUrl());
    }

    /** A direct message with the bot: only the person who clicked can see it anyway. */
    boolean inDirectMessage() {
        return channel != null && channel.startsWith("D");
    }
}
