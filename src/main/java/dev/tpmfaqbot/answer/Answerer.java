package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.content.Answerable;
import dev.tpmfaqbot.content.Comparison;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.Keys;
import dev.tpmfaqbot.content.Kind;
import dev.tpmfaqbot.search.ChatText;
import dev.tpmfaqbot.search.ContentIndex;
import dev.tpmfaqbot.search.KeyMatch;
import dev.tpmfaqbot.search.ScoredKey;
import dev.tpmfaqbot.search.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The answering core: {@link Question} in, {@link Answer} out. Built once per content version;
 * immutable and safe to share between threads. Knows nothing of chat platforms.
 */
public final class Answerer implements AutoCloseable {
    private static final int CANDIDATES = 12;
    private static final int MAX_SUGGESTIONS = 3;
    private static final String TPM = "tpm";
    /** Rule-based answers: how often they were right on eval/questions.jsonl (see the README). */
    static final double COMPARISON_CONFIDENCE = 0.95;
    static final double DEFINITION_CONFIDENCE = 0.95;
    /** An editor's own phrasing matched this closely beats any rule. */
    private static final double SAME_AS_WRITTEN_QUESTION = 0.999;

    private final Content content;
    private final ContentIndex index;
    private final QuestionReader reader;
    private final DefinitionQuestions definitions;
    private final Names names;
    private final AnswerWriter writer;
    private final ConfidenceModel model = new ConfidenceModel();

    private Answerer(Content content, ContentIndex index) {
        this.content = content;
        this.index = index;
        this.reader = new QuestionReader(content, index);
        this.definitions = new DefinitionQuestions(content, index);
        this.names = new Names(content, index);
        this.writer = new AnswerWriter(content);
    }

    /** Indexes the content; the answerer then holds the index until closed. */
    public static Answerer build(Content content) {
        return new Answerer(content, ContentIndex.build(content));
    }

    public Content content() {
        return content;
    }

    public Answer answer(Question question) {
        return explain(question).answer();
    }

    /** The answer for a key as if asked exactly for it (follow-up buttons); empty for an unknown key. */
    public Optional<Answer> answerFor(String key) {
        return content.find(key).map(a -> writer.answer(a.title(), a, 1.0));
    }

    /**
     * The comparison of two roles named as people type them ("pm", "Project Manager", "em"); with
     * one role, its comparison with the TPM. An unknown name gets the valid names and close matches.
     */
    public Answer compare(String role, String otherRole) {
        String question = "compare " + role + (otherRole == null || otherRole.isBlank() ? "" : " and " + otherRole);
        Optional<String> first = names.role(role);
        Optional<String> second = otherRole == null || otherRole.isBlank() ? Optional.of(TPM) : names.role(otherRole);
        if (first.isEmpty() || second.isEmpty()) {
            String unknown = first.isEmpty() ? role : otherRole;
            return writer.unknownName(question, "role", unknown, names.roleNames(),
                    names.closestRoles(unknown).stream().map(r -> Keys.comparison(r, TPM)).distinct().toList());
        }
        if (first.get().equals(second.get())) {
            String other = first.get().equals(TPM) ? "pm" : TPM;
            second = Optional.of(other);
        }
        Answerable compared = content.find(Keys.comparison(first.get(), second.get())).orElseThrow();
        return writer.answer(question, compared, 1.0);
    }

    /** The glossary definition of a term named as people type it; an unknown one gets close matches. */
    public Answer define(String term) {
        String question = "define " + term;
        Optional<String> key = names.term(term);
        if (key.isPresent()) {
            return writer.answer(question, content.find(key.get()).orElseThrow(), 1.0);
        }
        return writer.unknownName(question, "term", term, names.termNames(), names.closestTerms(term));
    }

    /** Role and term names for menus and autocomplete. */
    public Names names() {
        return names;
    }

    public Explanation explain(Question question) {
        String text = ChatText.truncate(question.text()); // what is read is what the answer echoes
        Reading reading = reader.read(text);
        if (reading.isEmpty() || Vocabulary.isSmallTalk(reading.cleaned())) {
            Answer reply = reading.cleaned().isBlank() ? writer.help(text)
                    : Vocabulary.isSmallTalk(reading.cleaned()) ? writer.smallTalk(text, Vocabulary.isThanks(reading.cleaned()))
                    : writer.help(text);
            return new Explanation(reply, reading.cleaned(), List.of(), List.of(), "empty", null);
        }
        List<KeyMatch> ranked = rank(reading);
        Optional<String> comparison = comparisonAskedFor(reading);
        if (comparison.isPresent()) {
            Answerable compared = content.find(comparison.get()).orElseThrow();
            return new Explanation(writer.answer(text, compared, COMPARISON_CONFIDENCE), reading.cleaned(),
                    List.copyOf(reading.words()), ranked, "comparison", null);
        }
        Optional<DefinitionQuestions.Asked> definition = definitions.termAskedFor(reading.cleaned());
        if (definition.isPresent()) {
            Answerable defined = definedBy(definition.get(), reading, ranked);
            return new Explanation(writer.answer(text, defined, DEFINITION_CONFIDENCE), reading.cleaned(),
                    List.copyOf(reading.words()), ranked, "definition", null);
        }
        if (ranked.isEmpty()) {
            return new Explanation(writer.decline(text, 0, List.of()), reading.cleaned(), List.copyOf(reading.words()),
                    ranked, "no match", null);
        }
        KeyMatch best = ranked.get(0);
        KeyMatch runnerUp = ranked.size() > 1 ? ranked.get(1) : null;
        boolean offTopic = reading.aboutOtherJob() || answersForTpmOnly(reading, best) || TeamBusiness.foundIn(reading.cleaned());
        ConfidenceModel.Features features = model.features(best, runnerUp, offTopic, index.unknownShare(reading.words()),
                reading.namesRole(TPM));
        double confidence = model.confidence(features);
        return new Explanation(respond(text, ranked, confidence), reading.cleaned(), List.copyOf(reading.words()),
                ranked, "search", features);
    }

    private Answer respond(String text, List<KeyMatch> ranked, double confidence) {
        List<String> topKeys = ranked.stream().limit(MAX_SUGGESTIONS).map(KeyMatch::key).toList();
        return switch (Band.of(confidence)) {
            case ANSWER -> writer.answer(text, content.find(ranked.get(0).key()).orElseThrow(), confidence);
            case SUGGEST -> writer.didYouMean(text, confidence, topKeys);
            case DECLINE -> writer.decline(text, confidence,
                    confidence >= Band.CLOSE_ENOUGH_TO_OFFER ? topKeys : List.of());
        };
    }

    private List<KeyMatch> rank(Reading reading) {
        List<ScoredKey> candidates = index.search(reading.words(), CANDIDATES).stream()
                .filter(retrieved -> fitsNamedRoles(retrieved.key(), reading))
                .filter(retrieved -> fitsKindAskedFor(retrieved.key(), reading))
                .toList();
        List<KeyMatch> matches = new ArrayList<>(index.match(reading.words(), candidates));
        matches.sort(Comparator.comparingDouble(model::rank).reversed()
                .thenComparing(Comparator.comparingDouble(KeyMatch::retrievalScore).reversed()));
        return matches;
    }

    /** The term, unless an FAQ entry lists the asking sentence itself as its question ("what is a TPM"). */
    private Answerable definedBy(DefinitionQuestions.Asked asked, Reading reading, List<KeyMatch> ranked) {
        List<KeyMatch> forSentence = asked.sentence().equals(reading.cleaned()) ? ranked : rank(reader.read(asked.sentence()));
        String key = matchesWrittenQuestion(forSentence) ? forSentence.get(0).key() : asked.termKey();
        return content.find(key).orElseThrow();
    }

    private static boolean matchesWrittenQuestion(List<KeyMatch> ranked) {
        return !ranked.isEmpty() && ranked.get(0).phrasingSimilarity() >= SAME_AS_WRITTEN_QUESTION;
    }

    /**
     * Two known roles and a plain comparison word ("vs", "difference", "compare"), or one role other
     * than the TPM and such a word ("compare pm"). Weaker hints ("or", "same") are left to matching:
     * "does TPM mean product or program manager" is an FAQ entry, not a comparison.
     */
    private Optional<String> comparisonAskedFor(Reading reading) {
        List<String> roles = reading.roles();
        if (reading.aboutOtherJob() || reading.cue() != Reading.Cue.STRONG) {
            return Optional.empty();
        }
        if (roles.size() >= 2) {
            return Optional.of(Keys.comparison(roles.get(0), roles.get(1)));
        }
        if (roles.size() == 1 && !roles.get(0).equals(TPM)) {
            return Optional.of(Keys.comparison(roles.get(0), TPM));
        }
        return Optional.empty();
    }

    /**
     * A comparison fits a question only if it compares every role the question names, and when the
     * question names one role other than the TPM, only its comparison with the TPM does: "does a
     * project manager need to code" is not about program managers.
     */
    private boolean fitsNamedRoles(String key, Reading reading) {
        if (!(content.find(key).orElse(null) instanceof Comparison comparison) || reading.roles().isEmpty()) {
            return true;
        }
        List<String> compared = List.of(comparison.firstRole(), comparison.secondRole());
        List<String> named = reading.roles().size() == 1 ? List.of(reading.roles().get(0), TPM) : reading.roles();
        return compared.containsAll(named);
    }

    /**
     * "What do you call …" wants a glossary term. A question naming the TPM wants to know about the
     * TPM (an FAQ entry or a comparison), not the definition of some other term it mentions
     * ("how do TPMs use split tests" is the FAQ on A/B testing, not the term).
     */
    private boolean fitsKindAskedFor(String key, Reading reading) {
        Kind kind = content.find(key).map(Answerable::kind).orElse(Kind.NONE);
        if (reading.asksForName()) {
            return kind == Kind.TERM;
        }
        return !(reading.namesRole(TPM) && kind == Kind.TERM && !key.equals(Keys.term(TPM)));
    }

    /**
     * The question is about another known role only ("what does a product manager earn"), and the
     * best match is an FAQ entry, which is always about TPMs, or a glossary term, which a definition
     * question would have reached by its rule: either answers a different question. A comparison
     * with the TPM may still answer it ("does a project manager code" → the PM-TPM comparison).
     */
    private boolean answersForTpmOnly(Reading reading, KeyMatch best) {
        if (reading.roles().isEmpty() || reading.namesRole(TPM) || reading.cue() == Reading.Cue.STRONG
                || reading.asksForName()) {
            return false;
        }
        Kind kind = content.find(best.key()).map(Answerable::kind).orElse(Kind.NONE);
        return kind == Kind.FAQ || kind == Kind.TERM;
    }

    @Override
    public void close() {
        index.close();
    }
}
