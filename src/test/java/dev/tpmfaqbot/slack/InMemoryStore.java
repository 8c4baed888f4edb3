package dev.tpmfaqbot.slack;

import dev.tpmfaqbot.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stand-in until the JDBC store is merged. */
final class InMemoryStore implements Store {
    private final Set<String> deliveries = new HashSet<>();
    private final Map<String, Map<Instant, Integer>> series = new HashMap<>();
    final List<Feedback> feedback = new ArrayList<>();
    final List<AskedQuestion> questions = new ArrayList<>();

    @Override
    public synchronized boolean claimDelivery(Delivery d) {
        return deliveries.add(id(d));
    }

    @Override
    public synchronized void releaseDelivery(Delivery d) {
        deliveries.remove(id(d));
    }

    @Override
    public synchronized boolean isDelivered(Delivery d) {
        return deliveries.contains(id(d));
    }

    @Override
    public synchronized void recordFeedback(Feedback f) {
        feedback.add(f);
    }

    @Override
    public synchronized void recordQuestion(AskedQuestion q) {
        questions.add(q);
    }

    @Override
    public synchronized Optional<Integer> claimNextSeriesStep(String platform, String workspace, String channel, Instant slot, int steps) {
        Map<Instant, Integer> slots = series.computeIfAbsent(platform + "/" + workspace + "/" + channel, k -> new HashMap<>());
        if (slots.containsKey(slot) || slots.size() >= steps) {
            return Optional.empty();
        }
        int step = slots.size();
        slots.put(slot, step);
        return Optional.of(step);
    }

    @Override
    public synchronized void releaseSeriesStep(String platform, String workspace, String channel, Instant slot) {
        series.getOrDefault(platform + "/" + workspace + "/" + channel, new HashMap<>()).remove(slot);
    }

    @Override
    public synchronized int seriesStepsPosted(String platform, String workspace, String channel) {
        return series.getOrDefault(platform + "/" + workspace + "/" + channel, Map.of()).size();
    }

    @Override
    public Report report(Instant since) {
        return new Report(since, List.of(), List.of(), List.of());
    }

    @Override
    public boolean isReachable() {
        return true;
    }

    @Override
    public void close() {
    }

    private static String id(Delivery d) {
        return String.join("/", d.platform(), d.workspace(), d.channel(), d.user(), d.step());
    }
}
