package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.store.Store;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A working Store held in memory, for runtime tests that are not about the database. */
final class MemoryStore implements Store {
    final List<AskedQuestion> questions = new CopyOnWriteArrayList<>();
    private final Set<Delivery> deliveries = ConcurrentHashMap.newKeySet();
    volatile boolean reachable = true;
    volatile boolean closed;

    @Override
    public boolean claimDelivery(Delivery delivery) {
        return deliveries.add(new Delivery(delivery.platform(), delivery.workspace(), delivery.channel(), delivery.user(),
                delivery.step(), Instant.EPOCH));
    }

    @Override
    public void releaseDelivery(Delivery delivery) {
        deliveries.remove(new Delivery(delivery.platform(), delivery.workspace(), delivery.channel(), delivery.user(),
                delivery.step(), Instant.EPOCH));
    }

    @Override
    public boolean isDelivered(Delivery delivery) {
        return deliveries.contains(new Delivery(delivery.platform(), delivery.workspace(), delivery.channel(),
                delivery.user(), delivery.step(), Instant.EPOCH));
    }

    @Override
    public void recordFeedback(Feedback feedback) {
    }

    @Override
    public void recordQuestion(AskedQuestion question) {
        questions.add(question);
    }

    @Override
    public Optional<Integer> claimNextSeriesStep(String platform, String workspace, String channel, Instant slot, int steps) {
        return Optional.empty();
    }

    @Override
    public void releaseSeriesStep(String platform, String workspace, String channel, Instant slot) {
    }

    @Override
    public int seriesStepsPosted(String platform, String workspace, String channel) {
        return 0;
    }

    @Override
    public Report report(Instant since) {
        return new Report(since, List.of(), List.of(), List.of());
    }

    @Override
    public boolean isReachable() {
        return reachable;
    }

    @Override
    public void close() {
        closed = true;
    }
}
