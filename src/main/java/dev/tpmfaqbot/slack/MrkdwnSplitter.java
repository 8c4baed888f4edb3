package dev.tpmfaqbot.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits mrkdwn into pieces that fit a text block: at a paragraph break if there is one in the
 * second half of the piece, else at a line break, else at a space, never inside a {@code <link>} or
 * an {@code &entity;}. A code block cut in two is closed and reopened so both halves stay code.
 */
final class MrkdwnSplitter {
    private static final String FENCE = "```";
    private static final int FENCE_ROOM = 4;

    private MrkdwnSplitter() {}

    static List<String> split(String mrkdwn, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = mrkdwn.strip();
        while (rest.length() > max) {
            int cut = cutPoint(rest, max - FENCE_ROOM);
            String head = rest.substring(0, cut).stripTrailing();
            String tail = rest.substring(cut).strip();
            if (insideCodeBlock(head)) {
                head = head + "\n" + FENCE;
                tail = FENCE + "\n" + tail;
            }
            pieces.add(head);
            rest = tail;
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /**
     * At most {@code max} characters of the text, cut at a good place and ending with an ellipsis
     * when cut.
     */
    static String shorten(String mrkdwn, int max) {
        String text = mrkdwn.strip();
        if (text.length() <= max) {
            return text;
        }
        String head = text.substring(0, cutPoint(text, max - FENCE_ROOM - 1)).stripTrailing();
        return insideCodeBlock(head) ? head + "\n" + FENCE + "…" : head + "…";
    }

    private static int cutPoint(String text, int limit) {
        int half = limit / 2;
        int paragraph = lastSafe(text, "\n\n", limit, half);
        if (paragraph > 0) {
            return paragraph;
        }
        int line = lastSafe(text, "\n", limit, half);
        if (line > 0) {
            return line;
        }
        int space = lastSafe(text, " ", limit, 1);
        return space > 0 ? space : safeHardCut(text, limit);
    }

    private static int lastSafe(String text, String separator, int limit, int notBefore) {
        for (int at = text.lastIndexOf(separator, limit - separator.length());
                at >= notBefore;
                at = text.lastIndexOf(separator, at - 1)) {
            if (!insideLink(text, at)) {
                return at;
            }
        }
        return -1;
    }

    private static int safeHardCut(String text, int limit) {
        int cut = limit;
        int link = text.lastIndexOf('<', cut - 1);
        if (link > 0 && insideLink(text, cut)) {
            cut = link;
        }
        int entity = text.lastIndexOf('&', cut - 1);
        if (entity >= 0 && entity > cut - 6 && text.indexOf(';', entity) >= cut) {
            cut = entity;
        }
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return Math.max(cut, 1);
    }

    private static boolean insideLink(String text, int at) {
        return text.lastIndexOf('<', at - 1) > text.lastIndexOf('>', at - 1);
    }

    private static boolean insideCodeBlock(String text) {
        int fences = 0;
        for (int at = text.indexOf(FENCE); at >= 0; at = text.indexOf(FENCE, at + FENCE.length())) {
            fences++;
        }
        return fences % 2 == 1;
    }
}
