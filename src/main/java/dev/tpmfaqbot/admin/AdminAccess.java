package dev.tpmfaqbot.admin;

import dev.tpmfaqbot.http.HttpCall;
import io.github.bucket4j.Bucket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who may see the owner's page: a request with {@code Authorization: Bearer TOKEN}, or with the
 * session cookie the login form sets. The cookie holds an HMAC of a fixed label keyed by the token,
 * never the token itself: it is the same on every replica, and changing the token ends every
 * session. Forms carry a second HMAC (the CSRF value). Comparisons take constant time. Wrong tokens
 * are counted per client address: {@link #FAILURES_PER_MINUTE} a minute, then refused until the
 * minute is over.
 */
final class AdminAccess {
    static final String COOKIE = "tpm_admin";
    static final int FAILURES_PER_MINUTE = 5;
    private static final int CLIENTS = 10_000;

    private final byte[] token;
    private final String session;
    private final String csrf;
    private final Map<String, Bucket> failures =
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > CLIENTS;
                }
            };

    enum Verdict {
        ALLOWED,
        NO_CREDENTIALS,
        WRONG_TOKEN,
        TOO_MANY_FAILURES
    }

    AdminAccess(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.session = hmac("tpm-faq-bot admin session v1");
        this.csrf = hmac("tpm-faq-bot admin form v1");
    }

    /** Whether the call may see the page; a wrong bearer token counts as a failure. */
    Verdict check(HttpCall call) {
        Optional<String> authorization = call.header("authorization");
        if (authorization.isPresent()
                && authorization.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokenGiven(call.client(), authorization.get().substring(7).strip());
        }
        return cookie(call).filter(value -> same(value, session)).isPresent()
                ? Verdict.ALLOWED
                : Verdict.NO_CREDENTIALS;
    }

    /** A token typed into the login form or sent as a bearer token. */
    Verdict tokenGiven(String client, String given) {
        Bucket bucket = bucket(client);
        if (bucket.getAvailableTokens() <= 0) {
            return Verdict.TOO_MANY_FAILURES;
        }
        if (MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            return Verdict.ALLOWED;
        }
        bucket.tryConsume(1);
        return Verdict.WRONG_TOKEN;
    }

    /**
     * A call authorized by its bearer token (already checked) needs no form value: no browser adds
     * that header by itself. Any other Authorization (Basic, from a proxy in front) a browser may
     * resend on its own, so it does not count.
     */
    boolean formIsGenuine(HttpCall call, Form form) {
        if (call.header("authorization")
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .isPresent()) {
            return true;
        }
        return sameOrigin(call) && same(form.value("csrf"), csrf);
    }

    String sessionCookie(boolean secure) {
        return COOKIE
                + "="
                + session
                + "; Path=/admin; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    static String endedCookie() {
        return COOKIE + "=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0";
    }

    String csrfValue() {
        return csrf;
    }

    /** The Origin header, when the browser sends one, names this server. */
    static boolean sameOrigin(HttpCall call) {
        Optional<String> origin = call.header("origin");
        if (origin.isEmpty()) {
            return true; // not every client sends it; the form value must still match
        }
        String host = call.header("host").orElse("");
        return origin.get().equals("http://" + host) || origin.get().equals("https://" + host);
    }

    private static Optional<String> cookie(HttpCall call) {
        for (String header : call.headers().getOrDefault("cookie", java.util.List.of())) {
            for (String pair : header.split(";")) {
                String trimmed = pair.strip();
                if (trimmed.startsWith(COOKIE + "=")) {
                    return Optional.of(trimmed.substring(COOKIE.length() + 1));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private Bucket bucket(String client) {
        synchronized (failures) {
            return failures.computeIfAbsent(
                    client,
                    key ->
                            Bucket.builder()
                                    .addLimit(
                                            limit ->
                                                    limit.capacity(FAILURES_PER_MINUTE)
                                                            .refillIntervally(
                                                                    FAILURES_PER_MINUTE,
                                                                    Duration.ofMinutes(1)))
                                    .build());
        }
    }

    private String hmac(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(label.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
