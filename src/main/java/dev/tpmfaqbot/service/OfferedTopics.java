package dev.tpmfaqbot.service;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The did-you-mean topics last offered to each asker, so that a click on one of them can be told
 * apart from any other topic opened, and tied to the question it answered. In memory and bounded:
 * the most recent {@link #ASKERS} askers, for {@link #KEPT} (a click on another replica, or much
 * later, is simply not counted).
 */
final class OfferedTopics {
    static final int ASKERS = 10_000;
    static final Duration KEPT = Duration.ofHours(1);

    record Offer(String question, List<String> keys, Instant at) {}

    private final Map<String, Offer> offers =
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Offer> eldest) {
                    return size() > ASKERS;
                }
            };

    synchronized void offered(String asker, String question, List<String> keys, Instant at) {
        offers.put(asker, new Offer(question, List.copyOf(keys), at));
    }

    /** The question whose offer included {@code key}, once: the offer is used up. */
    synchronized Optional<String> clicked(String asker, String key, Instant now) {
        Offer offer = offers.get(asker);
        if (offer == null || !offer.keys().contains(key) || offer.at().plus(KEPT).isBefore(now)) {
            return Optional.empty();
        }
        offers.remove(asker);
        return Optional.of(offer.question());
    }
}
