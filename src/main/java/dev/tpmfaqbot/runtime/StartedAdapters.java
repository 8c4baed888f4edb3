package dev.tpmfaqbot.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The chat adapters of a run: started one by one, stopped all at once within a shared deadline. */
final class StartedAdapters {
    private static final Logger log = LoggerFactory.getLogger(StartedAdapters.class);

    private final List<ChatAdapter> started = new CopyOnWriteArrayList<>();

    /**
     * Starts each configured adapter; on a failure, stops that one and throws (those started before
     * stay for stopAll).
     */
    void start(List<ConfiguredAdapter<?>> configured, AdapterContext context)
            throws AdapterStartException {
        for (ConfiguredAdapter<?> each : configured) {
            ChatAdapter adapter = each.create(context);
            try {
                adapter.start();
            } catch (AdapterStartException | RuntimeException e) {
                adapter.stop(Duration.ZERO);
                throw e;
            }
            started.add(adapter);
            log.info("{}: started", adapter.name());
        }
    }

    List<ChatAdapter> list() {
        return List.copyOf(started);
    }

    void botReady() {
        for (ChatAdapter adapter : started) {
            try {
                adapter.botReady();
            } catch (RuntimeException e) {
                log.warn("{}: {}", adapter.name(), e.toString());
            }
        }
    }

    String names() {
        return started.stream().map(ChatAdapter::name).collect(Collectors.joining(", "));
    }

    /**
     * All at once, so that one slow platform does not eat the others' grace; one that overruns is
     * left behind.
     */
    void stopAll(long deadlineNanos) {
        List<Thread> stopping = new ArrayList<>();
        for (ChatAdapter adapter : started) {
            Thread thread =
                    new Thread(
                            () -> stop(adapter, remaining(deadlineNanos)),
                            "stop-" + adapter.name());
            thread.setDaemon(true);
            thread.start();
            stopping.add(thread);
        }
        for (int i = 0; i < stopping.size(); i++) {
            try {
                stopping.get(i).join(Math.max(1, remaining(deadlineNanos).toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (stopping.get(i).isAlive()) {
                log.warn(
                        "{}: not stopped within the grace period; leaving it",
                        started.get(i).name());
            }
        }
    }

    private static void stop(ChatAdapter adapter, Duration grace) {
        try {
            adapter.stop(grace);
            log.info("{}: stopped", adapter.name());
        } catch (RuntimeException e) {
            log.warn("{}: error while stopping: {}", adapter.name(), e.toString());
        }
    }

    static Duration remaining(long deadlineNanos) {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }
}
