package dev.tpmfaqbot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A store that passes every call to another: tests override what they make slow or failing. */
public class ForwardingStore implements Store {
    protected final Store delegate;

    public ForwardingStore(Store delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean claimDelivery(Delivery delivery) {
        return delegate.claimDelivery(delivery);
    }

    @Override
    public boolean claimOnce(String key, java.time.Instant now, java.time.Instant expires) {
        return delegate.claimOnce(key, now, expires);
    }

    @Override
    public void releaseDelivery(Delivery delivery) {
        delegate.releaseDelivery(delivery);
    }

    @Override
    public void recordAll(List<Recorded> records) {
        delegate.recordAll(records);
    }

    @Override
    public long purgeRecordsBefore(Instant cutoff) {
        return delegate.purgeRecordsBefore(cutoff);
    }

    @Override
    public Optional<Integer> claimNextSeriesStep(
            String platform, String workspace, String channel, Instant slot, int steps) {
        return delegate.claimNextSeriesStep(platform, workspace, channel, slot, steps);
    }

    @Override
    public void releaseSeriesStep(String platform, String workspace, String channel, Instant slot) {
        delegate.releaseSeriesStep(platform, workspace, channel, slot);
    }

    @Override
    public Report report(Instant since) {
        return delegate.report(since);
    }

    @Override
    public Traffic traffic(Instant since) {
        return delegate.traffic(since);
    }

    @Override
    public boolean acceptPhrasing(String key, String text, Instant at) {
        return delegate.acceptPhrasing(key, text, at);
    }

    @Override
    public List<AcceptedPhrasing> acceptedPhrasings() {
        return delegate.acceptedPhrasings();
    }

    @Override
    public boolean isReachable() {
        return delegate.isReachable();
    }

    @Override
    public void close() {
        delegate.close();
    }

    /**
     * A store that takes {@code millis} for every call that writes records, as on a slow or busy
     * disk.
     */
    public static Store slowWrites(Store delegate, long millis) {
        return new ForwardingStore(delegate) {
            @Override
            public void recordAll(List<Recorded> records) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.recordAll(records);
            }
        };
    }
}
