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
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("^(?:so )?what (?:is|are) (?:a |an |the )?(?<subject>.+?)(?: exactly| actually)?$"),
            Pattern.compile("^what does (?:a |an |the )?(?<subject>.+?) (?:mean|stand for)$"),
            Pattern.compile("^(?:define|definition of|meaning of|explain|what is meant by) (?:a |an |the )?(?<subject>.+)$"),
            Pattern.compile("^(?<subject>.+?) (?:meaning|definition|means|defined|acronym)$"));
    private static final Pattern BARE = Pattern.compile("^(?:a |an |the )?(?<subject>.+)$");
    /** Context after the subject that does not change it: "X in agile", "X in product terms". */
    private static final Pattern CONTEXT = Pattern.compile("^(?<subject>.+?) (?:in|for|on|when it comes to) .+$");
    private static final Pattern PUNCTUATION = Pattern.compile("[?!.,:;\"'()]+");

    private final ContentIndex index;
    private final Map<String, String> termByWords = new HashMap<>();

    DefinitionQuestions(Content content, ContentIndex index) {
        this.index = index;
        for (Term term : content.terms()) {
            term.names().forEach(name -> termByWords.putIfAbsent(key(name), term.key()));
        }
    }

    /** The term key the question asks to define, if it is such a question. */
    Optional<String> termAskedFor(String cleaned) {
        String text = PUNCTUATION.matcher(cleaned).replaceAll(" ").replaceAll("\\s+", " ").strip();
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
                Optional<String> term = resolve(matcher.group("subject"));
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
