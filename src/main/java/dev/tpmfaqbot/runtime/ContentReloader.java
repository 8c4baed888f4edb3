package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.content.ContentProblem;
import dev.tpmfaqbot.content.InvalidContentException;
import dev.tpmfaqbot.semantic.Semantics;
import dev.tpmfaqbot.service.LiveAnswerer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the content folder again and, when it is valid, swaps a freshly built answerer in. When it
 * is not, the last good content keeps serving and every problem is logged with its file and line.
 */
final class ContentReloader {
    private static final Logger log = LoggerFactory.getLogger(ContentReloader.class);

    private final Path folder;
    private final LiveAnswerer live;
    private final Semantics semantics;
    private final Counter reloaded;
    private final Counter rejected;

    ContentReloader(Path folder, LiveAnswerer live, Semantics semantics, MeterRegistry metrics) {
        this.folder = folder;
        this.live = live;
        this.semantics = semantics;
        this.reloaded = metrics.counter("tpm.content.reloads", "result", "reloaded");
        this.rejected = metrics.counter("tpm.content.reloads", "result", "rejected");
    }

    /** Returns whether new content is now served. */
    boolean reload() {
        long start = System.nanoTime();
        try {
            Content content = ContentLoader.load(folder);
            long loaded = System.nanoTime();
            live.swap(Answerer.build(content, semantics));
            long built = System.nanoTime();
            log.info(
                    "content reloaded: {}; index and classifier built in {} ms, {} ms in all",
                    ContentCounts.of(content),
                    millis(built - loaded),
                    millis(built - start));
            reloaded.increment();
            return true;
        } catch (InvalidContentException e) {
            log.warn(
                    "content change rejected, still serving the last good content: {} problem(s)",
                    e.problems().size());
            for (ContentProblem problem : e.problems()) {
                log.warn("  {}", problem);
            }
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted() || causedByInterruption(e)) {
                log.info("content reload abandoned: the bot is stopping");
            } else {
                log.error(
                        "content reload failed, still serving the last good content: {}",
                        e.toString());
            }
        }
        rejected.increment();
        return false;
    }

    /**
     * Lucene reports an interrupted index build as its own exception, and the interrupt flag is
     * then cleared.
     */
    private static boolean causedByInterruption(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
