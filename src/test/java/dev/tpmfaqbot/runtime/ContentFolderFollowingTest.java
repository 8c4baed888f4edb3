package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.ContentCopy;
import dev.tpmfaqbot.Eventually;
import dev.tpmfaqbot.TestFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher keeps following the content folder however it is replaced, and never waits forever
 * for quiet.
 */
@Timeout(180)
class ContentFolderFollowingTest {
    private static final Duration QUIET = Duration.ofMillis(400);

    @TempDir Path dir;

    private final AtomicInteger changes = new AtomicInteger();

    @Test
    void aFolderDeletedAndCreatedAgainIsFollowedAndReportedWhileGone() throws Exception {
        Path faq = Files.createDirectories(dir.resolve("faq/entries"));
        try (ContentWatcher watcher =
                new ContentWatcher(dir.resolve("faq"), QUIET, changes::incrementAndGet)) {
            watcher.start();
            TestFolders.deleteTree(dir.resolve("faq"));
            Eventually.until(
                    Duration.ofSeconds(30),
                    "the folder reported gone",
                    () -> watcher.problem().isPresent());
            assertTrue(
                    watcher.problem()
                            .orElseThrow()
                            .startsWith("content: the folder " + dir.resolve("faq") + " is gone"));

            Files.createDirectories(faq);
            Eventually.until(
                    Duration.ofSeconds(30),
                    "the folder followed again",
                    () -> watcher.problem().isEmpty());
            int before = changes.get();
            Files.writeString(faq.resolve("new.md"), "edited after the folder came back");
            Eventually.until(
                    Duration.ofSeconds(30),
                    "an edit in the new folder noticed",
                    () -> changes.get() > before);
        }
    }

    @Test
    void aSymbolicLinkPointedAtAnotherFolderIsFollowed() throws Exception {
        Path first = Files.createDirectories(dir.resolve("release-1/entries"));
        Path second = Files.createDirectories(dir.resolve("release-2/entries"));
        Path link = Files.createSymbolicLink(dir.resolve("faq"), first.getParent());
        try (ContentWatcher watcher = new ContentWatcher(link, QUIET, changes::incrementAndGet)) {
            watcher.start();
            Path swapped = Files.createSymbolicLink(dir.resolve("faq.new"), second.getParent());
            Files.move(
                    swapped,
                    link,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Eventually.until(Duration.ofSeconds(30), "the swap noticed", () -> changes.get() > 0);

            int before = changes.get();
            Files.writeString(
                    second.resolve("new.md"), "edited in the folder the link points at now");
            Eventually.until(
                    Duration.ofSeconds(30),
                    "an edit in the new target noticed",
                    () -> changes.get() > before);
        }
    }

    @Test
    void aFileRewrittenWithoutPauseDoesNotHoldBackTheReload() throws Exception {
        Path faq = Files.createDirectories(dir.resolve("faq"));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicBoolean reloadedWhileWriting = new AtomicBoolean();
        try (ContentWatcher watcher =
                new ContentWatcher(
                        faq,
                        QUIET,
                        () -> reloadedWhileWriting.compareAndSet(false, writing.get()))) {
            watcher.start();
            Thread rewriter =
                    new Thread(
                            () -> {
                                for (int i = 0;
                                        i < 300 && !reloadedWhileWriting.get();
                                        i++) { // a minute at most
                                    try {
                                        Files.writeString(faq.resolve("autosave.md"), "draft " + i);
                                        Thread.sleep(200);
                                    } catch (Exception e) {
                                        return;
                                    }
                                }
                                writing.set(false);
                            });
            rewriter.start();
            rewriter.join();
        }
        assertTrue(
                reloadedWhileWriting.get(),
                "a reload came while the file was still being rewritten every 0.2 s");
    }

    @Test
    void readyzSaysSoWhileTheContentFolderIsGone() throws Exception {
        Path faq = ContentCopy.of(Path.of("faq"), dir.resolve("faq"));
        Bots.Started bot = Bots.start(Map.of(CoreSettings.FAQ_DIR, faq.toString()));
        try {
            TestFolders.deleteTree(faq);
            Eventually.until(
                    Duration.ofSeconds(30), "/readyz 503", () -> readyStatus(bot.port()) == 503);
            String reasons = Http.get(bot.port(), "/readyz").body();
            assertTrue(reasons.contains("content: the folder " + faq + " is gone"), reasons);
            assertEquals(
                    200,
                    Http.ask(bot.port(), "what is a tpm").statusCode(),
                    "the last good content still answers");

            ContentCopy.of(Path.of("faq"), faq);
            Eventually.until(
                    Duration.ofSeconds(30),
                    "/readyz 200 again",
                    () -> readyStatus(bot.port()) == 200);
        } finally {
            bot.bot().stop();
        }
    }

    private static int readyStatus(int port) {
        try {
            return Http.get(port, "/readyz").statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
