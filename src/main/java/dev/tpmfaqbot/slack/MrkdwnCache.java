package dev.tpmfaqbot.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Markdown to mrkdwn conversions one Slack adapter has made. Answers repeat, and converting is
 * most of the cost of rendering one (which competes with acknowledgements for the cores); at most
 * {@code capacity} are kept, the least recently used going first.
 */
final class MrkdwnCache {
    private final Map<String, String> converted; // guarded by itself

    MrkdwnCache(int capacity) {
        this.converted =
                new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                        return size() > capacity;
                    }
                };
    }

    String toMrkdwn(String markdown) {
        String text = markdown == null ? "" : markdown;
        synchronized (converted) {
            String remembered = converted.get(text);
            if (remembered != null) {
                return remembered;
            }
        }
        String fresh =
                MrkdwnWriter.toMrkdwn(
                        text); // outside the lock: two threads may convert the same text once each
        synchronized (converted) {
            converted.put(text, fresh);
        }
        return fresh;
    }

    int size() {
        synchronized (converted) {
            return converted.size();
        }
    }
}
