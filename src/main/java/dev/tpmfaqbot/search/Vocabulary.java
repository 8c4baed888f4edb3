package dev.tpmfaqbot.search;

import java.util.Arrays;
import java.util.Set;

/** Words that carry no meaning for matching: English function words plus chat filler. */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** Removed before matching. Question words (what, how, why, do) are kept: they separate "what is X" from "how do I X". */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no",
            "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this",
            "to", "was", "will", "with", "am", "been", "being", "its", "i", "me", "my", "mine", "we", "us", "our",
            "you", "your", "yours", "he", "she", "him", "her", "his", "them", "those", "would", "could",
            "should", "can", "may", "might", "must", "shall", "have", "has", "had", "having", "get", "got",
            "any", "some", "about", "also", "just", "really", "actually", "basically", "exactly", "very",
            "so", "too", "here", "now", "please", "pls", "plz", "kindly", "hey", "hi", "hello",
            "yo", "hiya", "howdy", "sup", "bot", "faqbot", "thanks", "thank", "thx", "ty", "cheers", "ok",
            "okay", "quick", "question", "questions", "q", "anyone", "someone", "somebody", "guys", "folks",
            "team", "all", "um", "uh", "hmm", "well", "wondering", "curious", "tell", "explain",
            "understand", "know", "idea", "anybody", "everyone", "dear", "morning", "afternoon", "evening",
            // filler that says nothing about the topic
            "most", "main", "important", "typical", "typically", "usually", "generally", "roughly", "approximately",
            "simply", "simple", "plain", "english", "nutshell", "words", "thing", "things", "stuff", "kind",
            "sort", "like", "lol", "etc", "eg", "ie", "literally", "honestly", "maybe", "probably", "anyway",
            "though", "still", "even", "ever", "actual", "overall", "briefly", "brief", "short", "new", "lot",
            "lots", "bit", "little", "sure", "wonder", "asking", "ask", "said", "say", "says", "saying",
            "keep", "keeps", "hear", "heard");

    /** Whole messages made only of these (and stop words) are small talk, not questions. */
    static final Set<String> SMALL_TALK = Set.of(
            "thanks", "thank", "thx", "ty", "cheers", "hi", "hello", "hey", "yo", "hiya", "howdy", "sup",
            "morning", "afternoon", "evening", "bye", "goodbye", "night", "lol", "lmao", "haha", "ok", "okay",
            "cool", "nice", "great", "awesome", "good", "best", "love", "wow", "yeah", "yea", "np", "amazing",
            "perfect", "gotcha", "got", "it", "yes", "no", "yep", "nope", "sure", "welcome", "bot", "buddy", "friend",
            "helped", "helpful", "appreciate", "appreciated", "brilliant", "excellent", "wonderful", "works",
            "worked", "much", "lot", "again");

    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /** True when every word of the cleaned text is small talk or a stop word ("thanks!", "hi bot", "lol"). */
    public static boolean isSmallTalk(String cleaned) {
        String[] words = cleaned.split("[^a-z]+");
        return Arrays.stream(words).filter(w -> !w.isEmpty())
                .allMatch(w -> SMALL_TALK.contains(w) || STOP_WORDS.contains(w));
    }

    public static boolean isThanks(String cleaned) {
        return cleaned.matches(".*\\b(thanks|thank|thx|ty|cheers)\\b.*");
    }
}
