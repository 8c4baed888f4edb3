package dev.tpmfaqbot.slack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether an event is new. Slack re-sends an event it thinks was not acknowledged
 * ({@code X-Slack-Retry-Num}); we acknowledge in milliseconds, so a re-sent event was almost always
 * handled already, here or on another replica. A retry is therefore handled only when Slack says the
 * first delivery never reached us (the connection failed), and never twice in this process.
 */
final class EventDeliveries {
    private static final int REMEMBERED = 10_000;
    private static final Set<String> NEVER_ARRIVED = Set.of("connection_failed", "ssl_error", "too_many_redirects");

    private final Map<String, Boolean> seen = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    synchronized boolean isNew(String eventId, Integer retryNum, String retryReason) {
        boolean retried = retryNum != null && retryNum > 0;
        if (retried && !NEVER_ARRIVED.contains(retryReason)) {
            return false;
        }
        return eventId == null || seen.put(eventId, Boolean.TRUE) == null;
    }
}
