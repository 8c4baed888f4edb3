package dev.tpmfaqbot.embedding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps a long text within the model's budget of word pieces, so that no input costs more than a
 * short paragraph. When a text is too long, its sentences that ask something (a question mark) are
 * kept first, then the others from the start, each in its original place.
 */
final class TokenBudget {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\\n])\\s+");

    private TokenBudget() {}

    static List<Integer> fit(WordPieceTokenizer tokenizer, String prefix, String text, int budget) {
        List<Integer> prefixPieces = tokenizer.pieces(prefix);
        int room = budget - prefixPieces.size();
        // Reading is linear, but a pathological text need not be tokenized beyond a generous bound.
        String bounded = text.length() > room * 40 ? text.substring(0, room * 40) : text;
        List<Integer> all = tokenizer.pieces(bounded);
        List<Integer> result = new ArrayList<>(prefixPieces);
        if (all.size() <= room) {
            result.addAll(all);
            return result;
        }
        result.addAll(asking(tokenizer, bounded, room));
        return result;
    }

    private static List<Integer> asking(WordPieceTokenizer tokenizer, String text, int room) {
        String[] sentences = SENTENCE_END.split(text.strip());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            order.add(i);
        }
        order.sort(
                Comparator.comparing((Integer i) -> !sentences[i].contains("?"))
                        .thenComparing(i -> i));
        boolean[] kept = new boolean[sentences.length];
        List<List<Integer>> pieces = new ArrayList<>();
        for (String sentence : sentences) {
            pieces.add(tokenizer.pieces(sentence));
        }
        int used = 0;
        for (int i : order) {
            if (used + pieces.get(i).size() <= room) {
                kept[i] = true;
                used += pieces.get(i).size();
            }
        }
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            if (kept[i]) {
                result.addAll(pieces.get(i));
            }
        }
        if (result.isEmpty()) { // one sentence longer than the budget: its start
            result.addAll(pieces.get(order.get(0)).subList(0, room));
        }
        return result;
    }
}
