package dev.tpmfaqbot.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as the model's {@code tokenizer.json} describes it: clean and
 * lower-case the text, strip accents, split on spaces, punctuation and CJK characters, then take
 * the longest vocabulary piece at each step ({@code ##} marks a piece inside a word).
 *
 * <p>Written here rather than taken from DJL's tokenizer binding, which extracts a native library
 * into the home folder and calls a telemetry endpoint at start. The test checks it against the
 * Hugging Face tokenizer's own output.
 */
final class WordPieceTokenizer {
    static final String CLS = "[CLS]";
    static final String SEP = "[SEP]";
    private static final String UNKNOWN = "[UNK]";
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknownId;

    WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.unknownId = vocabulary.get(UNKNOWN);
    }

    /** Reads the vocabulary of a Hugging Face {@code tokenizer.json} with a WordPiece model. */
    static WordPieceTokenizer fromTokenizerJson(InputStream json) throws IOException {
        JsonNode vocab = new ObjectMapper().readTree(json).path("model").path("vocab");
        if (!vocab.isObject() || vocab.isEmpty()) {
            throw new IOException("tokenizer.json has no WordPiece vocabulary");
        }
        Map<String, Integer> ids = new HashMap<>();
        vocab.fields().forEachRemaining(e -> ids.put(e.getKey(), e.getValue().asInt()));
        return new WordPieceTokenizer(ids);
    }

    int id(String token) {
        return vocabulary.get(token);
    }

    /** The token ids of a text, without the {@code [CLS]} and {@code [SEP]} around them. */
    List<Integer> pieces(String text) {
        List<Integer> ids = new ArrayList<>();
        for (String word : words(text)) {
            addPieces(word, ids);
        }
        return ids;
    }

    /** Splits cleaned, lower-cased, accent-free text on spaces, punctuation and CJK characters. */
    static List<String> words(String text) {
        String normalised = stripAccents(clean(text).toLowerCase(java.util.Locale.ROOT));
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        normalised
                .codePoints()
                .forEach(
                        c -> {
                            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                                flush(word, words);
                            } else if (isPunctuation(c) || isCjk(c)) {
                                flush(word, words);
                                words.add(new String(Character.toChars(c)));
                            } else {
                                word.appendCodePoint(c);
                            }
                        });
        flush(word, words);
        return words;
    }

    private void addPieces(String word, List<Integer> ids) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            ids.add(unknownId);
            return;
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String piece = (start > 0 ? "##" : "") + word.substring(start, end);
                found = vocabulary.get(piece);
                if (found != null) {
                    break;
                }
                end =
                        Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 > start
                                ? end - 2
                                : end - 1;
            }
            if (found == null) {
                ids.add(unknownId);
                return;
            }
            pieces.add(found);
            start = end;
        }
        ids.addAll(pieces);
    }

    /**
     * Drops control characters and the replacement character; every kind of space becomes a space.
     */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        c -> {
                            if (c == 0 || c == 0xFFFD || isControl(c)) {
                                return;
                            }
                            out.appendCodePoint(
                                    Character.isWhitespace(c) || Character.isSpaceChar(c)
                                            ? ' '
                                            : c);
                        });
        return out.toString();
    }

    private static String stripAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed
                .codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED;
    }

    /** ASCII symbols count as punctuation too ("$", "+", "^"), as in BERT. */
    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47)
                || (c >= 58 && c <= 64)
                || (c >= 91 && c <= 96)
                || (c >= 123 && c <= 126)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F)
                || (c >= 0x2B740 && c <= 0x2B81F)
                || (c >= 0x2B820 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x2F800 && c <= 0x2FA1F);
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
