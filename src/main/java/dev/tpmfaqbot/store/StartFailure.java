package dev.tpmfaqbot.store;

/**
 * Builds the {@link StoreStartException} for a failure while opening the store, without the
 * password.
 */
final class StartFailure {
    private StartFailure() {}

    static StoreStartException of(DatabaseUrl url, String what, Throwable failure) {
        String message = what + ": " + url.scrub(explain(failure));
        // A driver may quote the URL or the password back; then the cause stays behind.
        return mentionsSecret(url, failure)
                ? new StoreStartException(message)
                : new StoreStartException(message, failure);
    }

    /** The failure's message, and its root cause's when that adds something. */
    private static String explain(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = messageOf(failure);
        String rootMessage = messageOf(root);
        return root == failure || message.contains(rootMessage)
                ? message
                : message + " (" + rootMessage + ")";
    }

    private static String messageOf(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank()
                ? t.getClass().getSimpleName()
                : message.strip();
    }

    private static boolean mentionsSecret(DatabaseUrl url, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = t.toString();
            if (!url.scrub(text).equals(text)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (mentionsSecret(url, suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
