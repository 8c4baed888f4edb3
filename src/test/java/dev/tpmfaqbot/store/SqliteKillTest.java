package dev.tpmfaqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A process killed (SIGKILL) in the middle of writing loses none of the rows it saw committed. */
class SqliteKillTest {
    private static final Logger log = LoggerFactory.getLogger(SqliteKillTest.class);
    private static final int COMMITS_BEFORE_KILL = 200;

    @TempDir Path folder;

    @Test
    void aKilledWriterLosesNoCommittedRow() throws Exception {
        Path file = folder.resolve("state.db");
        Path childLog = folder.resolve("child.log");
        Process child =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                CommittingWriter.class.getName(),
                                file.toString())
                        .redirectError(childLog.toFile())
                        .start();
        ChildOutput output = new ChildOutput(child.getInputStream());
        output.start();

        output.awaitLines(
                COMMITS_BEFORE_KILL, Duration.ofSeconds(60), () -> Files.readString(childLog));
        Thread.sleep(ThreadLocalRandom.current().nextInt(20)); // land the kill anywhere in a write
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        output.join();
        List<Integer> committed = output.committed();

        try (Store reopened = Stores.open("sqlite:" + file, Path.of("unused.db"))) {
            for (int i : committed) {
                assertTrue(
                        StoreReads.isDelivered(
                                reopened,
                                new Store.Delivery(
                                        "slack", "T1", "C1", "U" + i, "welcome", Instant.now())),
                        "committed delivery U" + i + " is gone");
            }
            List<String> kept =
                    reopened.report(Instant.EPOCH).unanswered().stream()
                            .map(Store.UnansweredGroup::example)
                            .toList();
            for (int i : committed) {
                assertTrue(kept.contains("question " + i), "committed question " + i + " is gone");
            }
        }
        assertEquals("ok", integrityCheck(file));
        log.info(
                "SQLite: writer killed after reporting {} commits; all there after reopening",
                committed.size());
    }

    private static String integrityCheck(Path file) throws Exception {
        try (Connection connection =
                        Connections.direct(DatabaseUrl.parse("sqlite:" + file, file))
                                .getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA integrity_check")) {
            row.next();
            return row.getString(1);
        }
    }

    /** Reads the child's standard output as it comes; only whole lines count. */
    private static final class ChildOutput extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int lines;

        ChildOutput(InputStream in) {
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    synchronized (this) {
                        bytes.write(buffer, 0, n);
                        for (int i = 0; i < n; i++) {
                            lines += buffer[i] == '\n' ? 1 : 0;
                        }
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // the child is gone: keep what was read
            }
        }

        synchronized void awaitLines(int wanted, Duration patience, Diagnosis diagnosis)
                throws Exception {
            long deadline = System.nanoTime() + patience.toNanos();
            while (lines < wanted) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !isAlive()) {
                    throw new AssertionError(
                            "the writer reported "
                                    + lines
                                    + " commits; its log:\n"
                                    + diagnosis.text());
                }
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }

        synchronized List<Integer> committed() {
            String text = bytes.toString(StandardCharsets.US_ASCII);
            String whole = text.substring(0, text.lastIndexOf('\n') + 1);
            List<Integer> committed = new ArrayList<>();
            for (String line : whole.split("\n")) {
                committed.add(Integer.parseInt(line.substring("committed ".length())));
            }
            return committed;
        }
    }

    @FunctionalInterface
    private interface Diagnosis {
        String text() throws IOException;
    }
}
