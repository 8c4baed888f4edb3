package dev.tpmfaqbot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature, checked on the raw body before anything reads it: {@code
 * X-Slack-Signature: v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))}, with a timestamp
 * at most {@link #SKEW} from now in either direction (Bolt refuses only old ones), so a captured
 * request cannot be replayed later and one signed for the future is not accepted early.
 */
final class SlackSignature {
    static final Duration SKEW = Duration.ofMinutes(5);

    private final byte[] secret;
    private final Clock clock;

    SlackSignature(String secret, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    boolean valid(Optional<String> timestamp, Optional<String> signature, byte[] body) {
        if (timestamp.isEmpty() || signature.isEmpty() || !fresh(timestamp.get())) {
            return false;
        }
        byte[] expected =
                ("v0=" + HexFormat.of().formatHex(hmac(timestamp.get(), body)))
                        .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.get().getBytes(StandardCharsets.US_ASCII));
    }

    private boolean fresh(String timestamp) {
        try {
            long seconds = Long.parseLong(timestamp.strip());
            return Math.abs(clock.instant().getEpochSecond() - seconds) <= SKEW.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp.strip() + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
