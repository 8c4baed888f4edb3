package dev.tpmfaqbot.slack;

import com.slack.api.bolt.service.AssistantThreadContextService;
import com.slack.api.model.assistant.AssistantThreadContext;
import java.util.Optional;

/**
 * Keeps no assistant thread context. Answers do not depend on the channel open beside the pane, and
 * Bolt's default keeper would read the thread (conversations.replies) and rewrite our greeting
 * (chat.update) on every event.
 */
final class NoThreadContext implements AssistantThreadContextService {
    @Override
    public Optional<AssistantThreadContext> findCurrentContext(String channelId, String threadTs) {
        return Optional.empty();
    }

    @Override
    public void saveCurrentContext(
            String channelId, String threadTs, AssistantThreadContext context) {
        // nothing to keep
    }
}
