package dev.tpmfaqbot.semantic;

import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.embedding.EncoderUnavailableException;
import dev.tpmfaqbot.embedding.SentenceEncoder;
import dev.tpmfaqbot.embedding.VectorCache;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's sentence model and vector cache, loaded once, and the classifier trained for each
 * content version. When the model cannot run here, answering goes on with words alone: this says
 * why, and never throws.
 */
public final class Semantics implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Semantics.class);

    private final SentenceEncoder encoder;
    private final VectorCache cache;
    private final String unavailable;

    private Semantics(SentenceEncoder encoder, VectorCache cache, String unavailable) {
        this.encoder = encoder;
        this.cache = cache;
        this.unavailable = unavailable;
    }

    /** Loads the model; vectors are cached in {@code cacheFolder} (null: not on disk). */
    public static Semantics load(Path cacheFolder) {
        try {
            SentenceEncoder encoder = SentenceEncoder.load();
            return new Semantics(encoder, VectorCache.open(cacheFolder, encoder), null);
        } catch (EncoderUnavailableException e) {
            LOG.warn("answering with words alone: {}", e.getMessage());
            return wordsOnly(e.getMessage());
        }
    }

    /** No sentence model: answers come from the words alone. */
    public static Semantics wordsOnly(String reason) {
        return new Semantics(null, null, reason);
    }

    /** Why answers come from words alone, if they do. */
    public Optional<String> unavailableReason() {
        return encoder == null ? Optional.ofNullable(unavailable) : Optional.empty();
    }

    /**
     * A classifier trained on this content, or empty when the model is unavailable or training
     * fails.
     */
    public Optional<KeyClassifier> classifierFor(Content content) {
        if (encoder == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(KeyClassifier.train(content, encoder, cache));
        } catch (RuntimeException e) {
            LOG.warn(
                    "answering this content with words alone: training the classifier failed: {}",
                    e.toString());
            return Optional.empty();
        }
    }

    /** A classifier trained without some texts, for cross-validation; empty without a model. */
    public Optional<KeyClassifier> classifierWithout(
            Content content, java.util.Set<String> leftOut) {
        return encoder == null
                ? Optional.empty()
                : Optional.of(KeyClassifier.trainWithout(content, leftOut, encoder, cache));
    }

    @Override
    public void close() {
        if (encoder != null) {
            encoder.close();
        }
    }
}
