package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.Term;
import dev.tpmfaqbot.search.ContentIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises "what is X", "define X", "X meaning", "what does X stand for" and a bare "X?" where X
 * is a glossary term, and gives the term: the subject of the sentence decides, not which other
 * words happen to match ("backlog meaning in agile" is about the backlog, not agile).
 */
final class DefinitionQuestions {
    private static final String TPM_TERM = "term:tpm";
    /** "What does a PM do": the role's definition. Not for the TPM, whose work the FAQ entries describe. */
    private static final Pattern WHAT_ROLE_DOES = Pattern.compile(
            "^what (?:does|do) (?:a |an |the )?(?<subject>.+?) (?:do|does)(?: exactly| all day)?$");
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("^(?:so )?what (?:is|are) (?:a |an |the )?(?<subject>.+?)(?: exactly| actually)?$"),
            Pattern.compile("^what does (?:a |an |the )?(?<subject>.+?) (?:mean|stand for)$"),
            WHAT_ROLE_DOES,
            Pattern.compile("^(?:define|definition of|meaning of|explain|what is meant by) (?:a |an |the )?(?<subject>.+)$"),
            Pattern.compile("^(?<subject>.+?) (?:meaning|definition|means|defined|acronym)$"));
    private static final Pattern BARE = Pattern.compile("^(?:a |an |the )?(?<subject>.+)$");
    /** Context after the subject that does not change it: "X in agile", "X in product terms". */
    private static final Pattern CONTEXT = Pattern.compile("^(?<subject>.+?) (?:in|for|on|when it comes to) .+$");
    /** Greetings and politeness around the question: "hey bot, what's scrum please". */
    private static final Pattern GREETING = Pattern.compile(
            "^(?:(?:hey|hi|hello|yo|ok|okay|so|um|quick question|question|bot|faqbot|guys|team|folks|all|there)\\s+)+");
    private static final Pattern POLITE_END = Pattern.compile("(?:\\s+(?:please|pls|plz|thanks|thank you|thx))+$");
    /** Splits after the end of a sentence, keeping its punctuation ("is a question" needs the "?"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[?!.])\\s+");
    private static final Pattern QUESTION_START = Pattern.compile(
            "^(?:what|how|why|when|who|which|where|do|does|did|is|are|can|could|should|would|will)\\b");
    private static final Pattern ACRONYM_CUE = Pattern.compile("\\b(stands? for|abbreviation|acronym|short for|expand)\\b");
    private static final Pattern PUNCTUATION = Pattern.compile("[?!.,:;\"'()]+");

    private final ContentIndex index;
    private final Map<String, String> termByWords = new HashMap<>();
    /** Term keys by the canonical word every name of the term is read as. */
    private final Map<String, String> termByWord = new HashMap<>();

    DefinitionQuestions(Content content, ContentIndex index) {
        this.index = index;
        for (Term term : content.terms()) {
            term.names().forEach(name -> termByWords.putIfAbsent(key(name), term.key()));
            termByWord.put(ContentIndex.termWord(term.id()), term.key());
        }
    }

    /** A definition asked for: the term's key, and the sentence that asks (the whole question, or one of its sentences). */
    record Asked(String termKey, String sentence) {
    }

    /** The definition the question asks for, if it is such a question. */
    Optional<Asked> termAskedFor(String cleaned) {
        Optional<Asked> acronym = acronymAskedAbout(cleaned);
        if (acronym.isPresent()) {
            return acronym;
        }
        Optional<Asked> whole = termAskedForInSentence(cleaned).map(term -> new Asked(term, cleaned));
        if (whole.isPresent()) {
            return whole;
        }
        // "what's scrum? everyone at standup keeps saying it": one sentence asks, the rest only tells.
        String[] sentences = SENTENCE_END.split(cleaned.strip());
        for (int i = 0; i < sentences.length && sentences.length > 1; i++) {
            Optional<String> term = termAskedForInSentence(sentences[i]);
            if (term.isPresent() && noOtherQuestion(sentences, i)) {
                return Optional.of(new Asked(term.get(), sentences[i]));
            }
        }
        return Optional.empty();
    }

    /** "what does TPM stand for", "loop in the TPM: what's that abbreviation?": the one term named. */
    private Optional<Asked> acronymAskedAbout(String cleaned) {
        if (!ACRONYM_CUE.matcher(cleaned).find()) {
            return Optional.empty();
        }
        List<String> named = index.words(cleaned).stream().map(termByWord::get).filter(java.util.Objects::nonNull)
                .distinct().toList();
        return named.size() == 1 ? Optional.of(new Asked(named.get(0), cleaned)) : Optional.empty();
    }

    private static boolean noOtherQuestion(String[] sentences, int asking) {
        for (int i = 0; i < sentences.length; i++) {
            if (i != asking && (sentences[i].strip().endsWith("?") || QUESTION_START.matcher(sentences[i].strip()).find())) {
                return false;
            }
        }
        return true;
    }

    private Optional<String> termAskedForInSentence(String sentence) {
        String text = PUNCTUATION.matcher(sentence).replaceAll(" ").replaceAll("\\s+", " ").strip();
        text = POLITE_END.matcher(GREETING.matcher(text).replaceFirst("")).replaceFirst("");
        Matcher trailingContext = CONTEXT.matcher(text);
        if (trailingContext.matches()) {
            Optional<String> term = termAskedForIn(trailingContext.group("subject"));
            if (term.isPresent()) {
                return term;
            }
        }
        return termAskedForIn(text);
    }

    private Optional<String> termAskedForIn(String text) {
        for (Pattern form : FORMS) {
            Matcher matcher = form.matcher(text);
            if (matcher.matches()) {
                Optional<String> term = resolve(matcher.group("subject"))
                        .filter(key -> form != WHAT_ROLE_DOES || !key.equals(TPM_TERM));
                if (term.isPresent()) {
                    return term;
                }
            }
        }
        Matcher bare = BARE.matcher(text);
        return bare.matches() ? resolve(bare.group("subject")) : Optional.empty();
    }

    private Optional<String> resolve(String subject) {
        return Optional.ofNullable(termByWords.get(key(subject)));
    }

    /** A name as stemmed words, so "user stories" finds "user story"; every other word still counts. */
    private String key(String text) {
        return String.join(" ", index.nameWords(text));
    }
}
