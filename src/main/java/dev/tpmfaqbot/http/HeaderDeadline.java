package dev.tpmfaqbot.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose request headers are still incomplete two checks in a row, i.e. after
 * one to two times {@code every}. The idle timeout alone lets a client keep headers open forever by
 * sending a byte now and then (slowloris).
 */
final class HeaderDeadline implements Connection.Listener {
    private final Duration every;

    HeaderDeadline(Duration every) {
        this.every = every;
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            schedule(http, http.getConnector().getScheduler(), -1);
        }
    }

    private void schedule(HttpConnection http, Scheduler scheduler, long stuckAtMessage) {
        scheduler.schedule(
                () -> check(http, scheduler, stuckAtMessage),
                every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void check(HttpConnection http, Scheduler scheduler, long stuckAtMessage) {
        if (!http.getEndPoint().isOpen()) {
            return;
        }
        boolean readingHeaders = http.getParser().inHeaderState() && !http.getParser().isStart();
        long message = http.getMessagesIn();
        if (readingHeaders && message == stuckAtMessage) {
            http.getEndPoint().close();
            return;
        }
        schedule(http, scheduler, readingHeaders ? message : -1);
    }
}
