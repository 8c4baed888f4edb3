package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.search.ContentIndex;
import dev.tpmfaqbot.search.Vocabulary;
import dev.tpmfaqbot.text.ChatText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question: cleans it, corrects spelling against the content's words, finds roles and cues.
 */
final class QuestionReader {
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern STRONG_CUE =
            Pattern.compile(
                    "\\b(vs|versus|v|compare[ds]?|comparing|comparison|differences?|differ|differs|different|distinguish"
                            + "|contrast)\\b");

    /** A description followed by "what is it called": the answer is a glossary term. */
    private static final Pattern ASKS_FOR_NAME =
            Pattern.compile(
                    "\\b(what do (you|we|people|they) call|what is (it|that|this) called|what are (they|those|these) called"
                            + "|(is there|what is) (a|the) (name|term|word) for|what is the (standard |proper |official )?(name|term|word)"
                            + "|what is that (role|job|format|thing|practice|process|number|stage|document|list|called))\\b");

    private static final Pattern WEAK_CUE = Pattern.compile("\\b(or|same|similar|like)\\b");

    /**
     * Spelling is checked for this many distinct words of a question at most, so that no text,
     * however long or strange, costs more than a bounded number of look-ups.
     */
    static final int MAX_WORDS_LOOKED_UP = 48;

    private final ContentIndex index;
    private final OtherJobTitles otherJobTitles;

    QuestionReader(Content content, ContentIndex index) {
        this.index = index;
        this.otherJobTitles = new OtherJobTitles(content);
    }

    Reading read(String text) {
        String cleaned = ChatText.clean(text);
        Matcher words = WORD.matcher(cleaned);
        StringBuilder corrected = new StringBuilder();
        Map<String, String> looked = new HashMap<>(); // a word repeated is looked up once
        while (words.find()) {
            String word = words.group();
            String replacement =
                    looked.containsKey(word) || looked.size() >= MAX_WORDS_LOOKED_UP
                            ? looked.get(word)
                            : lookUp(word, looked);
            words.appendReplacement(corrected, replacement != null ? replacement : word);
        }
        words.appendTail(corrected);
        String finalText = corrected.toString();
        List<String> analysed = index.words(finalText);
        List<String> roles = new ArrayList<>(index.rolesNamedIn(analysed));
        if (otherJobTitles.namesOtherTpm(finalText)) {
            roles.remove("tpm");
        }
        return new Reading(
                finalText,
                new LinkedHashSet<>(analysed),
                List.copyOf(roles),
                cue(finalText),
                otherJobTitles.foundIn(finalText),
                ASKS_FOR_NAME.matcher(finalText).find());
    }

    private static Reading.Cue cue(String text) {
        if (STRONG_CUE.matcher(text).find()) {
            return Reading.Cue.STRONG;
        }
        return WEAK_CUE.matcher(text).find() ? Reading.Cue.WEAK : Reading.Cue.NONE;
    }

    private String lookUp(String word, Map<String, String> looked) {
        String replacement = correction(word);
        looked.put(word, replacement);
        return replacement;
    }

    private String correction(String word) {
        if (isStopOrContentWord(word)) {
            return null;
        }
        return index.correction(word);
    }

    private boolean isStopOrContentWord(String word) {
        return Vocabulary.isStopWord(word) || index.isContentWord(word);
    }
}
