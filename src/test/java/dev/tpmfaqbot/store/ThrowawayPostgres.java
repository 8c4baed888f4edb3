package dev.tpmfaqbot.store;

import dev.tpmfaqbot.TestFolders;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of its own in a temporary folder, started with the installed binaries ({@code
 * /usr/lib/postgresql/VERSION/bin}, the newest version) and deleted when stopped. PostgreSQL
 * refuses to run as root, so as root it runs as the {@code postgres} user (via runuser), which the
 * Debian package creates. It listens on 127.0.0.1 on a free port, with password (SCRAM) logins.
 */
final class ThrowawayPostgres implements AutoCloseable {
    static final String USER = "tpm";
    private static final Path INSTALLED = Path.of("/usr/lib/postgresql");
    private static final String SERVER_USER = "postgres";
    private static final long COMMAND_SECONDS = 120;

    private final Path bin;
    private final Path folder;
    private final boolean asServerUser;
    final String password = UUID.randomUUID().toString();
    final int port;

    private ThrowawayPostgres(Path bin, Path folder, boolean asServerUser, int port) {
        this.bin = bin;
        this.folder = folder;
        this.asServerUser = asServerUser;
        this.port = port;
    }

    /** The newest installed server's bin folder, if any. */
    static Optional<Path> installedBinaries() {
        if (!Files.isDirectory(INSTALLED)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLED)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(
                            bin ->
                                    Files.isExecutable(bin.resolve("initdb"))
                                            && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparingDouble(ThrowawayPostgres::versionNumber));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static ThrowawayPostgres start(Path bin) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory("tpm-faq-bot-postgres-");
        ThrowawayPostgres server = null;
        try {
            if (root) {
                giveTo(folder, SERVER_USER);
            }
            for (int attempt = 1; server == null; attempt++) {
                ThrowawayPostgres candidate = new ThrowawayPostgres(bin, folder, root, freePort());
                if (attempt == 1) {
                    candidate.initdb();
                }
                if (candidate.tryStart() || attempt == 3) {
                    server = candidate;
                }
            }
            if (!server.isRunning()) {
                throw new IllegalStateException(
                        "PostgreSQL did not start; its log:\n" + server.log());
            }
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            TestFolders.deleteTree(folder);
            throw e;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run(
                    List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            data(),
                            "-m",
                            "fast",
                            "-w",
                            "stop"));
        } finally {
            TestFolders.deleteTree(folder);
        }
    }

    String log() {
        try {
            return Files.readString(folder.resolve("server.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void initdb() throws IOException, InterruptedException {
        Path passwordFile = folder.resolve("password");
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        if (asServerUser) {
            giveTo(passwordFile, SERVER_USER);
        }
        Result result =
                run(
                        List.of(
                                bin.resolve("initdb").toString(),
                                "-D",
                                data(),
                                "-U",
                                USER,
                                "--pwfile=" + passwordFile,
                                "--auth-local=trust",
                                "--auth-host=scram-sha-256",
                                "-E",
                                "UTF8",
                                "--locale=C",
                                "--no-sync"));
        Files.delete(passwordFile);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("initdb failed:\n" + result.output());
        }
    }

    /** False when the server could not start, as when another process took the port meanwhile. */
    private boolean tryStart() throws IOException, InterruptedException {
        String options = "-p " + port + " -k " + folder + " -h 127.0.0.1";
        return run(List.of(
                                bin.resolve("pg_ctl").toString(),
                                "-D",
                                data(),
                                "-l",
                                folder.resolve("server.log").toString(),
                                "-w",
                                "-t",
                                "60",
                                "-o",
                                options,
                                "start"))
                        .exitCode()
                == 0;
    }

    private boolean isRunning() throws IOException, InterruptedException {
        return run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "status")).exitCode()
                == 0;
    }

    private String data() {
        return folder.resolve("data").toString();
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asServerUser) {
            full.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
        }
        full.addAll(command);
        Path output = Files.createTempFile("tpm-faq-bot-postgres-command", ".log");
        try {
            Process process =
                    new ProcessBuilder(full)
                            .directory(folder.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(output.toFile())
                            .start();
            if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        String.join(" ", full) + " did not finish in " + COMMAND_SECONDS + " s");
            }
            return new Result(process.exitValue(), Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void giveTo(Path path, String userName) throws IOException {
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        try {
            Files.getFileAttributeView(path, PosixFileAttributeView.class)
                    .setOwner(users.lookupPrincipalByName(userName));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "running as root, PostgreSQL must run as the user '"
                            + userName
                            + "', which is missing (the Debian postgresql package creates it): "
                            + e.getMessage(),
                    e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static double versionNumber(Path bin) {
        try {
            return Double.parseDouble(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private record Result(int exitCode, String output) {}
}
