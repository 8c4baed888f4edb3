package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tpmfaqbot.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class ContentWatcherTest {
    @TempDir Path root;

    @Test
    void aBurstOfChangesGivesOneCallback() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ContentWatcher watcher =
                new ContentWatcher(root, Duration.ofMillis(400), calls::incrementAndGet)) {
            watcher.start();
            for (int i = 0; i < 20; i++) {
                Files.writeString(root.resolve("file" + i + ".md"), "x");
            }
            Eventually.within(Duration.ofSeconds(5), "a callback", () -> calls.get() > 0);
            Thread.sleep(1000);
            assertEquals(1, calls.get());
        }
    }

    @Test
    void filesInNewSubfoldersAreWatchedToo() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ContentWatcher watcher =
                new ContentWatcher(root, Duration.ofMillis(200), calls::incrementAndGet)) {
            watcher.start();
            Path sub = Files.createDirectories(root.resolve("new/deeper"));
            Eventually.within(Duration.ofSeconds(5), "the folder noticed", () -> calls.get() == 1);
            Thread.sleep(300);
            Files.writeString(sub.resolve("entry.md"), "x");
            Eventually.within(
                    Duration.ofSeconds(5),
                    "the file in the new folder noticed",
                    () -> calls.get() == 2);
        }
    }
}
