package dev.tpmfaqbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.tpmfaqbot.runtime.AdapterStartException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: Slack pushes events over a websocket the bot opens, so no public URL is needed. The
 * SDK reconnects by itself; a ping every few seconds tells readiness whether it is connected.
 */
final class SocketModeConnection {
    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);
    private static final Duration CONNECT_WAIT = Duration.ofSeconds(10);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

    private final App app;
    private final String appToken;
    private final ScheduledExecutorService checker =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread thread = new Thread(r, "slack-socket-check");
                        thread.setDaemon(true);
                        return thread;
                    });
    private volatile SocketModeApp socketMode;
    private volatile boolean connected;

    SocketModeConnection(App app, String appToken) {
        this.app = app;
        this.appToken = appToken;
    }

    void start() throws AdapterStartException {
        checkAppToken();
        try {
            socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
        } catch (Exception e) {
            throw new AdapterStartException(
                    "Socket Mode could not connect to Slack: " + e.getMessage());
        }
        long deadline = System.nanoTime() + CONNECT_WAIT.toNanos();
        while (!check() && System.nanoTime() < deadline) {
            pause();
        }
        if (!connected) {
            log.warn("slack: Socket Mode is not connected yet; the SDK keeps trying");
        }
        checker.scheduleWithFixedDelay(
                this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean connected() {
        return connected;
    }

    void stop() {
        checker.shutdownNow();
        connected = false;
        SocketModeApp current = socketMode;
        if (current != null) {
            try {
                current.close();
            } catch (Exception e) {
                log.warn("slack: closing Socket Mode: {}", e.getMessage());
            }
        }
    }

    private void checkAppToken() throws AdapterStartException {
        try {
            AppsConnectionsOpenResponse open =
                    app.slack().methods(appToken).appsConnectionsOpen(r -> r);
            if (!open.isOk()) {
                throw new AdapterStartException(
                        SlackModule.APP_TOKEN
                                + " was rejected by Slack (apps.connections.open: "
                                + open.getError()
                                + "). Create an app-level token with the connections:write scope under "
                                + "Basic Information → App-Level Tokens, and turn Socket Mode on.");
            }
        } catch (IOException | SlackApiException e) {
            throw new AdapterStartException(
                    "could not reach Slack to check "
                            + SlackModule.APP_TOKEN
                            + ": "
                            + e.getMessage());
        }
    }

    private boolean check() {
        SocketModeApp current = socketMode;
        connected =
                current != null
                        && current.getClient() != null
                        && current.getClient().verifyConnection();
        return connected;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
