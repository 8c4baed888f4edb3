package dev.tpmfaqbot.runtime;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder and everything below it, new subfolders included, and calls back once a burst of
 * changes has been quiet for a moment: an editor's save or a {@code git pull} touches many files in
 * a few milliseconds, and one reload should follow, not one per file. Files rewritten without pause
 * still get a reload every {@link #MOST_WAIT}. Every second it also checks that the folder is the
 * one it watches: deleted and created again, or a symbolic link pointed elsewhere, it is watched
 * afresh and reloaded; while it is gone, {@link #problem()} says so. Callbacks run one at a time on
 * the watcher's own thread.
 */
final class ContentWatcher implements AutoCloseable {
    /** The longest a change waits for a quiet moment before it is read anyway. */
    static final Duration MOST_WAIT = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final Path root;
    private final Duration quiet;
    private final Runnable onChange;
    private final WatchService watcher;
    private final Thread thread;
    private final List<WatchKey> keys = new ArrayList<>();
    private WatchKey rootKey;
    private Object watchedFolder;
    private volatile String problem;

    ContentWatcher(Path root, Duration quiet, Runnable onChange) throws IOException {
        this.root = root;
        this.quiet = quiet;
        this.onChange = onChange;
        this.watcher = root.getFileSystem().newWatchService();
        this.rootKey = registerTree(root);
        this.watchedFolder = identity(root);
        this.thread = new Thread(this::watch, "content-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Why changes are not being picked up now (the folder is gone); empty while they are. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.poll(CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                boolean changed = key != null && burst(key);
                if (followFolder() || changed) {
                    onChange.run();
                }
            }
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            problem = "content: changes are no longer picked up (" + e + ")";
            log.error(
                    "content watcher stopped: {}; content changes are no longer picked up",
                    e.toString());
        }
    }

    /**
     * Takes the events until they have been quiet for a moment, or {@link #MOST_WAIT} has passed.
     */
    private boolean burst(WatchKey first) throws InterruptedException {
        long deadline = System.nanoTime() + MOST_WAIT.toNanos();
        handle(first);
        for (WatchKey more = poll();
                more != null;
                more = System.nanoTime() < deadline ? poll() : null) {
            handle(more);
        }
        return true;
    }

    private WatchKey poll() throws InterruptedException {
        return watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Notes new subfolders (their files may have been written before the folder was registered).
     */
    private void handle(WatchKey key) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE
                    && key.watchable() instanceof Path parent
                    && event.context() instanceof Path name
                    && Files.isDirectory(parent.resolve(name))) {
                registerTreeQuietly(parent.resolve(name));
            }
        }
        key.reset();
    }

    /** True when the folder came back or is another one now (then it is watched afresh). */
    private boolean followFolder() {
        Object now = identity(root);
        if (now == null) {
            if (problem == null) {
                problem =
                        "content: the folder "
                                + root
                                + " is gone; serving the last good content until it is back";
                log.warn("{}", problem);
            }
            return false;
        }
        if (now.equals(watchedFolder) && problem == null && rootKey.isValid()) {
            return false;
        }
        keys.forEach(WatchKey::cancel);
        keys.clear();
        try {
            rootKey = registerTree(root);
        } catch (IOException | RuntimeException e) {
            problem = "content: cannot watch the folder " + root + ": " + e.getMessage();
            return false;
        }
        log.info(
                "content: {} is {}; watching it afresh",
                root,
                problem != null ? "back" : "another folder now");
        watchedFolder = now;
        problem = null;
        return true;
    }

    /**
     * What tells one folder from another at this path (the target of a link), or null when there is
     * none.
     */
    private static Object identity(Path folder) {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(folder, BasicFileAttributes.class);
            return attributes.isDirectory()
                    ? Objects.requireNonNullElse(attributes.fileKey(), folder.toRealPath())
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Watches a folder and every folder below it (by their real paths: the top may be a link);
     * returns the top's key.
     */
    private WatchKey registerTree(Path top) throws IOException {
        Path real = top.toRealPath();
        WatchKey topKey = real.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        keys.add(topKey);
        try (Stream<Path> folders = Files.walk(real)) {
            folders.filter(folder -> !folder.equals(real) && Files.isDirectory(folder))
                    .forEach(
                            folder -> {
                                try {
                                    keys.add(
                                            folder.register(
                                                    watcher,
                                                    ENTRY_CREATE,
                                                    ENTRY_MODIFY,
                                                    ENTRY_DELETE));
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return topKey;
    }

    private void registerTreeQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            log.warn("cannot watch {}: {}", folder, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            log.debug("closing the content watcher: {}", e.getMessage());
        }
        thread.interrupt();
    }
}
