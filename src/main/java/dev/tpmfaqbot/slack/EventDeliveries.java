package dev.tpmfaqbot.slack;

import java.util.Set;

/**
 * Which deliveries of an event are worth handling, and the key that makes each handled once. Slack
 * re-sends an event it thinks was not acknowledged ({@code X-Slack-Retry-Num}); we acknowledge in
 * milliseconds, so a re-sent event was almost always handled already, here or on another replica. A
 * retry is therefore handled only when Slack says the first delivery never reached us (the
 * connection failed); and every event id, like every interaction's trigger id, is claimed in the
 * database before it is handled, so that replicas and replays handle it once.
 */
final class EventDeliveries {
    private static final Set<String> NEVER_ARRIVED =
            Set.of("connection_failed", "ssl_error", "too_many_redirects");

    private EventDeliveries() {}

    static boolean worthHandling(Integer retryNum, String retryReason) {
        boolean retried = retryNum != null && retryNum > 0;
        return !retried || NEVER_ARRIVED.contains(retryReason);
    }

    /** The claim key of an Events API delivery; null when it has no id. */
    static String eventKey(String eventId) {
        return eventId == null || eventId.isBlank() ? null : "slack:event:" + eventId;
    }

    /**
     * The claim key of a slash command or a click (Slack gives each interaction its own trigger
     * id); null without one.
     */
    static String interactionKey(String triggerId) {
        return triggerId == null || triggerId.isBlank() ? null : "slack:trigger:" + triggerId;
    }
}
