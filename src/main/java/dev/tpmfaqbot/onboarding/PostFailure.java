package dev.tpmfaqbot.onboarding;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/** Tells a post that surely failed from one that may have reached the platform before failing. */
final class PostFailure {
    private PostFailure() {}

    /**
     * True when the failure is a timeout waiting for the platform's answer (anywhere among the
     * causes): the request may have been carried out all the same.
     */
    static boolean mayHaveLanded(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || isConnectTimeout(t)) {
                return false; // never connected: nothing was sent
            }
            if (t instanceof InterruptedIOException
                    || t instanceof HttpTimeoutException
                    || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectTimeout(Throwable t) {
        return t instanceof SocketTimeoutException
                && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
    }
}
