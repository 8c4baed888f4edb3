package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.answer.ProjectAnswerer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real program in a child JVM (same JDK, same class path) with a chosen environment and working
 * directory, its output in files, so that exit codes, signals and what a person sees can be
 * checked.
 */
final class ChildBot implements AutoCloseable {
    private static final Pattern PORT = Pattern.compile("http: listening on port (\\d+)");

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildBot(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts {@code Main} with these arguments; the environment holds only PATH, HOME and {@code
     * variables}.
     */
    static ChildBot start(Path workingDir, Map<String, String> variables, String... args)
            throws IOException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                javaBinary(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                "dev.tpmfaqbot.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().retainAll(List.of("PATH", "HOME", "LANG"));
        // The content's vectors as the test JVM cached them: a child embedding ~3,500 texts from
        // nothing takes a minute on a loaded machine, which is not what these tests are about.
        ProjectAnswerer.semantics(); // fills that cache, once per test JVM, if no test has yet
        environment.put(
                "VECTOR_CACHE_DIR", ProjectAnswerer.VECTOR_CACHE.toAbsolutePath().toString());
        environment.putAll(variables);
        Path out = Files.createTempFile(workingDir, "stdout", ".txt");
        Path err = Files.createTempFile(workingDir, "stderr", ".txt");
        builder.redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        return new ChildBot(builder.start(), out, err);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    int waitForExit(Duration limit) throws InterruptedException, IOException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + limit + "; stderr:\n" + stderr());
        }
        return process.exitValue();
    }

    /** Waits for the ready line and returns the HTTP port it listens on. */
    int awaitReady(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            String log = stderr();
            Matcher port = PORT.matcher(log);
            if (log.contains(" ready in ") && port.find()) {
                return Integer.parseInt(port.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError(
                        "exited with " + process.exitValue() + " before ready:\n" + log);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not ready within " + limit + ":\n" + stderr());
    }

    /** SIGTERM on Linux and macOS. */
    void terminate() {
        process.destroy();
    }

    long pid() {
        return process.pid();
    }

    String stdout() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
