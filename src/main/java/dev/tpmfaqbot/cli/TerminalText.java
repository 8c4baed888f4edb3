package dev.tpmfaqbot.cli;

/**
 * Text that people typed, made safe to print to a terminal: control characters (escape sequences
 * that could retitle the window, clear the screen or hide text) and invisible format characters
 * (right-to-left overrides) are shown as {@code \x1b} or {@code \u202e} instead.
 */
final class TerminalText {
    private TerminalText() {}

    static String safe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        c -> {
                            int type = Character.getType(c);
                            if (type == Character.CONTROL || type == Character.FORMAT) {
                                safe.append(
                                        c <= 0xFF
                                                ? String.format("\\x%02x", c)
                                                : String.format("\\u%04x", c));
                            } else {
                                safe.appendCodePoint(c);
                            }
                        });
        return safe.toString();
    }
}
