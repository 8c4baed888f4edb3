package dev.tpmfaqbot.service;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Notices a better answer found after a "not helpful": someone's answer to a question was marked
 * not helpful, and within {@link #WITHIN} they mark another key's answer helpful. That question is
 * then evidence for the other key. In memory, for the most recent {@link #ASKERS} askers.
 */
final class Rephrasings {
    static final int ASKERS = 10_000;
    static final Duration WITHIN = Duration.ofMinutes(15);

    private record Asked(String question, String key, Instant at, boolean unhelpful) {}

    private final Map<String, Asked> last =
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Asked> eldest) {
                    return size() > ASKERS;
                }
            };

    /**
     * A question answered with {@code key}; a question marked not helpful before stays the one
     * remembered.
     */
    synchronized void answered(String asker, String question, String key, Instant at) {
        Asked before = last.get(asker);
        if (before == null || !before.unhelpful() || before.at().plus(WITHIN).isBefore(at)) {
            last.put(asker, new Asked(question, key, at, false));
        }
    }

    synchronized void notHelpful(String asker, String key, Instant at) {
        Asked before = last.get(asker);
        if (before != null && before.key().equals(key)) {
            last.put(asker, new Asked(before.question(), key, at, true));
        }
    }

    /**
     * The question whose answer was not helpful, when {@code key} is a different, helpful one:
     * once.
     */
    synchronized Optional<String> helpful(String asker, String key, Instant at) {
        Asked before = last.get(asker);
        if (before == null
                || !before.unhelpful()
                || before.key().equals(key)
                || before.at().plus(WITHIN).isBefore(at)) {
            return Optional.empty();
        }
        last.remove(asker);
        return Optional.of(before.question());
    }
}
