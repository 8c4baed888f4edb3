package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The container's HEALTHCHECK command, run as Docker runs it: a separate JVM reading $PORT. */
@Timeout(60)
class HealthCheckTest {

    @Test
    void healthyWhileTheBotRunsAndUnhealthyWhenNothingListens() throws Exception {
        Bots.Started started = Bots.start(Map.of());
        try {
            assertEquals(0, healthCheck(started.port()));
        } finally {
            started.bot().stop();
        }
        int nothing;
        try (ServerSocket free = new ServerSocket(0)) {
            nothing = free.getLocalPort();
        }
        assertEquals(1, healthCheck(nothing));
    }

    private static int healthCheck(int port) throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.tpmfaqbot.http.HealthCheck");
        builder.environment().put("PORT", String.valueOf(port));
        Process process =
                builder.redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the health check did not finish");
        }
        return process.exitValue();
    }
}
