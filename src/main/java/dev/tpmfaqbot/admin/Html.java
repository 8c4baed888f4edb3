package dev.tpmfaqbot.admin;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.encoder.Encode;

/**
 * Small helpers for the pages: escaping (every user-typed string goes through {@link #text}) and
 * the layout.
 */
final class Html {
    private static final Parser MARKDOWN = Parser.builder().build();

    /** Raw HTML in Markdown is shown as text, and only safe link targets are kept. */
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private static final String STYLE =
            """
            body{font-family:system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
            header{background:#1f3a5f;color:#fff;padding:.6em 1.2em;display:flex;gap:1.5em;align-items:center}
            header a{color:#fff;text-decoration:none}header a.here{text-decoration:underline}
            header form{margin-left:auto}main{padding:1em 1.5em;max-width:70em}
            table{border-collapse:collapse;margin:.5em 0 1.5em;background:#fff}
            th,td{border:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}
            td.n{text-align:right}h2{margin-top:1.4em}.muted{color:#666}.error{color:#a00}
            .answer{background:#fff;border:1px solid #ddd;padding:.2em 1em}code,pre{background:#eee}
            pre{padding:.5em;overflow:auto}.wide{overflow-x:auto}td code{white-space:nowrap}.legend span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em}
            """;

    private Html() {}

    /** Escaped for HTML text and attribute values. */
    static String text(String value) {
        return Encode.forHtml(value == null ? "" : value);
    }

    static String markdown(String markdown) {
        return RENDERER.render(MARKDOWN.parse(markdown));
    }

    static String percent(double value) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", value * 100);
    }

    static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    /**
     * A page with the navigation; {@code here} is the current path. {@code csrf} null: the login
     * page, no navigation.
     */
    static String page(String title, String here, String csrf, String body) {
        StringBuilder html = new StringBuilder(4096 + body.length());
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(text(title))
                .append(" · tpm-faq-bot</title><style>")
                .append(STYLE)
                .append("</style></head><body><header><strong>tpm-faq-bot</strong>");
        if (csrf != null) {
            link(html, AdminPages.INSIGHTS, "Insights", here);
            link(html, AdminPages.TRY, "Try it", here);
            link(html, AdminPages.SEARCH, "Search content", here);
            link(html, AdminPages.SUGGESTIONS, "Suggestions", here);
            html.append("<form method=\"post\" action=\"")
                    .append(AdminPages.LOGOUT)
                    .append("\">")
                    .append(hidden("csrf", csrf))
                    .append("<button>Log out</button></form>");
        }
        return html.append("</header><main><h1>")
                .append(text(title))
                .append("</h1>")
                .append(body)
                .append("</main></body></html>")
                .toString();
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + text(name) + "\" value=\"" + text(value) + "\">";
    }

    private static void link(StringBuilder html, String path, String label, String here) {
        html.append("<a href=\"")
                .append(path)
                .append('"')
                .append(path.equals(here) ? " class=\"here\"" : "")
                .append('>')
                .append(label)
                .append("</a>");
    }
}
