package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.semantic.Semantics;
import dev.tpmfaqbot.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Why the bot cannot serve right now, for {@code /readyz}: still starting, stopping, the database
 * not answering or not taking records (a full disk), the content folder gone, or an adapter not
 * connected. A database that hangs counts as not reachable after a short wait, so the probe itself
 * never hangs.
 */
final class Readiness implements AutoCloseable {
    private static final Duration DATABASE_WAIT = Duration.ofSeconds(2);

    private final ExecutorService databaseCheck =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread thread = new Thread(r, "readiness-database-check");
                        thread.setDaemon(true);
                        return thread;
                    });
    private volatile State state = State.STARTING;
    private volatile Store store;
    private volatile List<ChatAdapter> adapters = List.of();
    private volatile Semantics semantics = Semantics.wordsOnly(null);
    private final List<Supplier<Optional<String>>> checks = new CopyOnWriteArrayList<>();

    enum State {
        STARTING,
        SERVING,
        STOPPING
    }

    void storeOpened(Store opened) {
        store = opened;
    }

    void answeringWith(Semantics loaded) {
        semantics = loaded;
    }

    /** What works in a lesser way without making the bot unready. */
    List<String> degradations() {
        return semantics
                .unavailableReason()
                .map(reason -> List.of("answering: words alone, " + reason))
                .orElse(List.of());
    }

    /**
     * One more reason the bot may not serve well: records that cannot be written, a content folder
     * that is gone.
     */
    void check(Supplier<Optional<String>> problem) {
        checks.add(problem);
    }

    void serving(List<ChatAdapter> started) {
        adapters = List.copyOf(started);
        state = State.SERVING;
    }

    void stopping() {
        state = State.STOPPING;
    }

    List<String> notReadyReasons() {
        List<String> reasons = new ArrayList<>();
        if (state != State.SERVING) {
            reasons.add(
                    state == State.STARTING
                            ? "starting: content, database and adapters not all up yet"
                            : "shutting down");
            return reasons;
        }
        if (!databaseReachable()) {
            reasons.add("database: not reachable");
        }
        checks.forEach(check -> check.get().ifPresent(reasons::add));
        for (ChatAdapter adapter : adapters) {
            adapter.notReadyReason()
                    .ifPresent(reason -> reasons.add(adapter.name() + ": " + reason));
        }
        return reasons;
    }

    private boolean databaseReachable() {
        CompletableFuture<Boolean> check =
                CompletableFuture.supplyAsync(store::isReachable, databaseCheck);
        try {
            return check.get(DATABASE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        databaseCheck.shutdownNow();
    }
}
