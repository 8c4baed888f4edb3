package dev.tpmfaqbot.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last trained classifier kept on disk beside the vector cache, under a fingerprint of
 * everything it was trained from (model, method, every example and its key): a restart with the
 * same content reads it back instead of training again. A different fingerprint is a miss.
 */
final class TrainedModels {
    private static final Logger LOG = LoggerFactory.getLogger(TrainedModels.class);
    private static final String PREFIX = "classifier-";

    private final Path folder;

    TrainedModels(Path folder) {
        this.folder = folder;
    }

    static String fingerprint(String modelId, TrainingExamples examples) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(
                    (modelId + "\n" + SoftmaxRegression.method() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < examples.texts().size(); i++) {
                digest.update(
                        (examples.keys().get(i) + "\t" + examples.texts().get(i) + "\n")
                                .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    record Saved(List<String> classes, SoftmaxRegression model) {}

    Optional<Saved> read(String fingerprint) {
        if (folder == null || !Files.isRegularFile(file(fingerprint))) {
            return Optional.empty();
        }
        Path file = file(fingerprint);
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            String[] classes = new String[in.readInt()];
            for (int c = 0; c < classes.length; c++) {
                classes[c] = in.readUTF();
            }
            return Optional.of(new Saved(List.of(classes), SoftmaxRegression.read(in)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring the unreadable trained classifier {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Keeps this model as the only one on disk. */
    void write(String fingerprint, Saved saved) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, PREFIX, ".tmp");
            try (DataOutputStream out =
                    new DataOutputStream(
                            new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(saved.classes().size());
                for (String name : saved.classes()) {
                    out.writeUTF(name);
                }
                saved.model().write(out);
            }
            Files.move(
                    temporary,
                    file(fingerprint),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            deleteOthers(fingerprint);
        } catch (IOException e) {
            LOG.warn(
                    "could not keep the trained classifier in {}: {}; the next start trains again",
                    folder,
                    e.toString());
        }
    }

    private void deleteOthers(String fingerprint) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*.bin")) {
            for (Path other : files) {
                if (!other.equals(file(fingerprint))) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    private Path file(String fingerprint) {
        return folder.resolve(PREFIX + fingerprint + ".bin");
    }
}
