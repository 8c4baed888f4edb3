package dev.tpmfaqbot.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence vectors of content text kept on disk by model and text hash, so that a restart or a
 * reload embeds only text that is new or changed. One file per model; it is rewritten whole
 * (through a temporary file and an atomic move) with the vectors of the content just loaded. A
 * missing, unreadable or foreign file is simply an empty cache.
 */
public final class VectorCache {
    private static final Logger LOG = LoggerFactory.getLogger(VectorCache.class);
    private static final int FORMAT = 1;
    private static final int PROGRESS_EVERY = 500;

    private final Path file;
    private final String modelId;
    private final int dimensions;
    private final Map<String, float[]> stored;

    /**
     * Hashes asked for since the cache was opened: what is written back (content that changed drops
     * out).
     */
    private final java.util.Set<String> used = new java.util.HashSet<>();

    private VectorCache(Path file, String modelId, int dimensions, Map<String, float[]> stored) {
        this.file = file;
        this.modelId = modelId;
        this.dimensions = dimensions;
        this.stored = stored;
    }

    /** A cache in {@code folder} for the encoder's model; null folder: in memory only. */
    public static VectorCache open(Path folder, SentenceEncoder encoder) {
        String name = encoder.modelId().replaceAll("[^A-Za-z0-9.-]+", "_") + ".vectors";
        Path file = folder == null ? null : folder.resolve(name);
        return new VectorCache(
                file,
                encoder.modelId(),
                encoder.dimensions(),
                read(file, encoder.modelId(), encoder.dimensions()));
    }

    /**
     * The vector of every text, embedding only those not cached. The file is written back when
     * anything was embedded, with the vectors this process has used (a reload's, a test's...).
     */
    public synchronized List<float[]> vectors(List<String> texts, SentenceEncoder encoder) {
        Map<String, float[]> current = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String text : texts) {
            String hash = hash(text);
            float[] vector = stored.get(hash);
            if (vector != null) {
                current.put(hash, vector);
            } else if (!current.containsKey(hash)) {
                current.put(hash, null);
                missing.add(text);
            }
        }
        embed(missing, encoder, current);
        stored.putAll(current);
        used.addAll(current.keySet());
        if (!missing.isEmpty()) {
            write();
        }
        return texts.stream().map(t -> current.get(hash(t))).toList();
    }

    /** The folder the cache lives in (null: in memory only); trained models are kept beside it. */
    public Path folder() {
        return file == null ? null : file.getParent();
    }

    /** Whether a text's vector is cached (for tests). */
    synchronized boolean has(String text) {
        return stored.containsKey(hash(text));
    }

    private void embed(List<String> missing, SentenceEncoder encoder, Map<String, float[]> into) {
        if (missing.isEmpty()) {
            return;
        }
        LOG.info(
                "embedding {} new content texts ({} cached)",
                missing.size(),
                into.size() - missing.size());
        for (int from = 0; from < missing.size(); from += PROGRESS_EVERY) {
            List<String> part =
                    missing.subList(from, Math.min(missing.size(), from + PROGRESS_EVERY));
            List<float[]> vectors = encoder.embedAll(part);
            for (int i = 0; i < part.size(); i++) {
                into.put(hash(part.get(i)), vectors.get(i));
            }
            if (from + PROGRESS_EVERY < missing.size()) {
                LOG.info("embedded {} of {}", from + PROGRESS_EVERY, missing.size());
            }
        }
    }

    private void write() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary =
                    Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (DataOutputStream out =
                    new DataOutputStream(
                            new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(FORMAT);
                out.writeUTF(modelId);
                out.writeInt(dimensions);
                Map<String, float[]> kept = new LinkedHashMap<>(stored);
                kept.keySet().retainAll(used);
                out.writeInt(kept.size());
                for (Map.Entry<String, float[]> entry : kept.entrySet()) {
                    out.writeUTF(entry.getKey());
                    for (float value : entry.getValue()) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(
                    temporary,
                    file,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn(
                    "could not write the vector cache {}: {}; the next start embeds the content again",
                    file,
                    e.toString());
        }
    }

    private static Map<String, float[]> read(Path file, String modelId, int dimensions) {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return vectors;
        }
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT
                    || !in.readUTF().equals(modelId)
                    || in.readInt() != dimensions) {
                return vectors;
            }
            int count = in.readInt();
            byte[] bytes = new byte[dimensions * Float.BYTES];
            for (int i = 0; i < count; i++) {
                String hash = in.readUTF();
                in.readFully(bytes); // as writeFloat wrote them: big-endian, read in bulk
                float[] vector = new float[dimensions];
                java.nio.ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
                vectors.put(hash, vector);
            }
        } catch (IOException e) {
            LOG.warn("ignoring the unreadable vector cache {}: {}", file, e.toString());
            vectors.clear();
        }
        return vectors;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
