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
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder and everything below it, new subfolders included, and calls back once a burst
 * of changes has been quiet for a moment: an editor's save or a {@code git pull} touches many files
 * in a few milliseconds, and one reload should follow, not one per file. Callbacks run one at a
 * time on the watcher's own thread.
 */
final class ContentWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

    private final Path root;
    private final Duration quiet;
    private final Runnable onChange;
    private final WatchService watcher;
    private final Thread thread;

    ContentWatcher(Path root, Duration quiet, Runnable onChange) throws IOException {
        this.root = root;
        this.quiet = quiet;
        this.onChange = onChange;
        this.watcher = root.getFileSystem().newWatchService();
        registerTree(root);
        this.thread = new Thread(this::watch, "content-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void watch() {
        try {
            while (true) {
                handle(watcher.take());
                for (WatchKey more = poll(); more != null; more = poll()) {
                    handle(more);
                }
                onChange.run();
            }
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("content watcher stopped: {}; content changes are no longer picked up", e.toString());
        }
    }

    private WatchKey poll() throws InterruptedException {
        return watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Notes new subfolders (their files may have been written before the folder was registered). */
    private void handle(WatchKey key) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE && key.watchable() instanceof Path parent
                    && event.context() instanceof Path name && Files.isDirectory(parent.resolve(name))) {
                registerTreeQuietly(parent.resolve(name));
            }
        }
        if (!key.reset() && key.watchable().equals(root)) {
            log.warn("the content folder {} is gone; changes are no longer picked up until a restart", root);
        }
    }

    private void registerTree(Path top) throws IOException {
        try (Stream<Path> folders = Files.walk(top)) {
            folders.filter(Files::isDirectory).forEach(folder -> {
                try {
                    folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
