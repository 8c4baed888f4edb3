package dev.tpmfaqbot.runtime;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Takes a database URL, and the password in it, out of a message before it is logged or printed. */
final class Redaction {
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("//[^/:@]*:([^/@]+)@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)password=([^&;\\s]+)");

    private Redaction() {
    }

    static String withoutDatabaseUrl(String message, Optional<String> databaseUrl) {
        if (message == null || databaseUrl.isEmpty()) {
            return String.valueOf(message);
        }
        String url = databaseUrl.get();
        String redacted = message.replace(url, "<" + CoreSettings.DATABASE_URL + ">");
        for (Pattern pattern : new Pattern[] {USER_INFO_PASSWORD, PASSWORD_PARAMETER}) {
            Matcher matcher = pattern.matcher(url);
            while (matcher.find()) {
                redacted = redacted.replace(matcher.group(1), "***");
            }
        }
        return redacted;
    }
}
