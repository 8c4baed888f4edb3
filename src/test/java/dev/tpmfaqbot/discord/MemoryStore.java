package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.store.Store;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A store kept in memory with the contract's semantics, standing in for the database in tests. */
final class MemoryStore implements Store {
    private final Set<Delivery> deliveries = new HashSet<>();
    private final Map<String, Integer> stepsPosted = new HashMap<>();
    private final Map<String, Integer> slotSteps = new HashMap<>();
    final List<Feedback> feedback = new CopyOnWriteArrayList<>();
    final List<AskedQuestion> questions = new CopyOnWriteArrayList<>();

    @Override
    public synchronized boolean claimDelivery(Delivery delivery) {
        return deliveries.add(withoutTime(delivery));
    }

    @Override
    public synchronized void releaseDelivery(Delivery delivery) {
        deliveries.remove(withoutTime(delivery));
    }

    @Override
    public synchronized boolean isDelivered(Delivery delivery) {
        return deliveries.contains(withoutTime(delivery));
    }

    @Override
    public void recordFeedback(Feedback feedback) {
        this.feedback.add(feedback);
    }

    @Override
    public void recordQuestion(AskedQuestion question) {
        questions.add(question);
    }

    @Override
    public synchronized Optional<Integer> claimNextSeriesStep(String platform, String workspace, String channel,
                                                              Instant slot, int steps) {
        String series = platform + "/" + workspace + "/" + channel;
        int posted = stepsPosted.getOrDefault(series, 0);
        if (slotSteps.containsKey(series + "@" + slot) || posted >= steps) {
            return Optional.empty();
        }
        stepsPosted.put(series, posted + 1);
        slotSteps.put(series + "@" + slot, posted);
        return Optional.of(posted);
    }

    @Override
    public synchronized void releaseSeriesStep(String platform, String workspace, String channel, Instant slot) {
        String series = platform + "/" + workspace + "/" + channel;
        if (slotSteps.remove(series + "@" + slot) != null) {
            stepsPosted.merge(series, -1, Integer::sum);
        }
    }

    @Override
    public synchronized int seriesStepsPosted(String platform, String workspace, String channel) {
        return stepsPosted.getOrDefault(platform + "/" + workspace + "/" + channel, 0);
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

    private static Delivery withoutTime(Delivery d) {
        return new Delivery(d.platform(), d.workspace(), d.channel(), d.user(), d.step(), Instant.EPOCH);
    }
}
