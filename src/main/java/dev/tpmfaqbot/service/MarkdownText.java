package dev.tpmfaqbot.service;

/**
 * Text a user typed, made literal inside Markdown: every character that could start a link, an
 * image, emphasis, code, a spoiler or an HTML tag is backslash-escaped, so {@code [Reset your
 * password](https://evil.example/login)} shows as typed, never as a masked link. CommonMark and
 * Discord both read the backslashes and show the characters themselves.
 */
final class MarkdownText {
    private static final String SPECIAL = "\\`*_[]()<>!|~#";

    private MarkdownText() {}

    static String literal(String typed) {
        StringBuilder literal = new StringBuilder(typed.length() + 8);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                literal.append('\\');
            }
            literal.append(c);
        }
        return literal.toString();
    }
}
