package dev.tpmfaqbot.slack;

import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown to Slack mrkdwn, written from the CommonMark syntax tree: bold, italics, links, lists
 * (nested ones indented), inline code and code blocks, headings as bold lines, quotes. Every piece
 * of text is escaped with {@link SlackText#escape}, so no input can produce a mention; links are
 * kept only for http, https and mailto targets.
 */
public final class MrkdwnWriter {
    private static final Parser PARSER = Parser.builder().build();
    private static final String INDENT = "    ";

    private MrkdwnWriter() {}

    /**
     * Pure: no state. An adapter that renders the same answers again remembers them in its {@link
     * MrkdwnCache}.
     */
    public static String toMrkdwn(String markdown) {
        return convert(markdown == null ? "" : markdown);
    }

    private static String convert(String markdown) {
        Writer writer = new Writer();
        PARSER.parse(markdown).accept(writer);
        return writer.out.toString().strip();
    }

    private static final class Writer extends AbstractVisitor {
        private final StringBuilder out = new StringBuilder();
        private String linePrefix = "";

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            endBlock(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            wrap(heading, "*");
            endBlock(heading);
        }

        @Override
        public void visit(Text text) {
            out.append(SlackText.escape(text.getLiteral()));
        }

        @Override
        public void visit(Emphasis emphasis) {
            wrap(emphasis, "_");
        }

        @Override
        public void visit(StrongEmphasis strong) {
            wrap(strong, "*");
        }

        @Override
        public void visit(Code code) {
            out.append('`').append(SlackText.escape(code.getLiteral())).append('`');
        }

        @Override
        public void visit(FencedCodeBlock code) {
            codeBlock(code.getLiteral(), code);
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            codeBlock(code.getLiteral(), code);
        }

        @Override
        public void visit(Link link) {
            String label = render(link);
            if (isSafeTarget(link.getDestination())) {
                String target =
                        link.getDestination()
                                .strip()
                                .replace("&", "&amp;")
                                .replace("<", "%3C")
                                .replace(">", "%3E")
                                .replace("|", "%7C");
                out.append('<').append(target);
                if (!label.isBlank()) {
                    out.append('|').append(label.replace("|", "/"));
                }
                out.append('>');
            } else {
                out.append(label);
            }
        }

        @Override
        public void visit(Image image) {
            out.append(render(image));
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            newLine();
        }

        @Override
        public void visit(HtmlInline html) {
            out.append(SlackText.escape(html.getLiteral()));
        }

        @Override
        public void visit(HtmlBlock html) {
            out.append(SlackText.escape(html.getLiteral().strip()));
            endBlock(html);
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            out.append("――――――――");
            endBlock(thematicBreak);
        }

        @Override
        public void visit(BlockQuote quote) {
            String outer = linePrefix;
            linePrefix = outer + "> ";
            out.append("> ");
            visitChildren(quote);
            linePrefix = outer;
            endBlock(quote);
        }

        @Override
        public void visit(BulletList list) {
            list(list);
        }

        @Override
        public void visit(OrderedList list) {
            list(list);
        }

        private void list(ListBlock list) {
            int number =
                    list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                            ? ordered.getMarkerStartNumber()
                            : 1;
            String outer = linePrefix;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                String marker = list instanceof OrderedList ? (number++) + ". " : "• ";
                out.append(marker);
                linePrefix = outer + INDENT;
                visitChildren(item);
                linePrefix = outer;
                if (item.getNext() != null) {
                    newLine();
                }
            }
            endBlock(list);
        }

        @Override
        public void visit(ListItem item) {
            visitChildren(item);
        }

        private void codeBlock(String literal, Node node) {
            out.append("```\n")
                    .append(
                            SlackText.escape(stripFinalNewline(literal))
                                    .replace("\n", "\n" + linePrefix))
                    .append("\n")
                    .append(linePrefix)
                    .append("```");
            endBlock(node);
        }

        private void wrap(Node node, String marker) {
            String inner = render(node);
            if (inner.isBlank()) {
                out.append(inner);
            } else {
                // Slack ignores a marker next to a space: "* bold *" is not bold, so keep the
                // spaces outside.
                String stripped = inner.strip();
                int lead = inner.indexOf(stripped);
                out.append(inner, 0, lead)
                        .append(marker)
                        .append(stripped)
                        .append(marker)
                        .append(inner.substring(lead + stripped.length()));
            }
        }

        /** The children of a node, written to a string instead of the output. */
        private String render(Node node) {
            int start = out.length();
            visitChildren(node);
            String inner = out.substring(start);
            out.setLength(start);
            return inner;
        }

        /**
         * After a block: a blank line before the next sibling, or one line break inside a tight
         * list.
         */
        private void endBlock(Node block) {
            if (block.getNext() == null) {
                return;
            }
            newLine();
            if (!isInTightList(block)) {
                newLine();
            }
        }

        private void newLine() {
            out.append('\n').append(linePrefix);
        }

        private static boolean isInTightList(Node block) {
            return block.getParent() instanceof ListItem item
                    && item.getParent() instanceof ListBlock list
                    && list.isTight();
        }

        private static boolean isSafeTarget(String destination) {
            String lower = destination == null ? "" : destination.strip().toLowerCase(Locale.ROOT);
            return lower.startsWith("https://")
                    || lower.startsWith("http://")
                    || lower.startsWith("mailto:");
        }

        private static String stripFinalNewline(String literal) {
            return literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        }
    }
}
