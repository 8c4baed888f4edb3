package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.content.Answerable;
import dev.tpmfaqbot.content.Comparison;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.Keys;
import dev.tpmfaqbot.content.Kind;
import dev.tpmfaqbot.search.ContentIndex;
import dev.tpmfaqbot.search.KeyMatch;
import dev.tpmfaqbot.search.ScoredKey;
import dev.tpmfaqbot.search.Vocabulary;
import dev.tpmfaqbot.semantic.KeyClassifier;
import dev.tpmfaqbot.semantic.SemanticView;
import dev.tpmfaqbot.semantic.Semantics;
import dev.tpmfaqbot.text.ChatText;
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

    private final Content content;
    private final ContentIndex index;
    private final QuestionReader reader;
    private final Names names;
    private final AnswerWriter writer;
    private final Optional<KeyClassifier> classifier;
    private final CandidateScorer scorer;

    private Answerer(
            Content content,
            ContentIndex index,
            Optional<KeyClassifier> classifier,
            ConfidenceModel model) {
        this.content = content;
        this.index = index;
        this.reader = new QuestionReader(content, index);
        this.names = new Names(content, index);
        this.writer = new AnswerWriter(content);
        this.classifier = classifier;
        this.scorer = new CandidateScorer(index, model);
    }

    /**
     * Indexes the content and trains the classifier on it; the answerer holds the index until
     * closed.
     */
    public static Answerer build(Content content, Semantics semantics) {
        return build(content, () -> semantics);
    }

    /**
     * The same, with a sentence model that may still be loading: the index is built meanwhile, and
     * the classifier is trained (or read back) beside it.
     */
    public static Answerer build(
            Content content, java.util.function.Supplier<Semantics> semantics) {
        java.util.concurrent.CompletableFuture<Optional<KeyClassifier>> classifier =
                java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> semantics.get().classifierFor(content));
        ContentIndex index = ContentIndex.build(content);
        return new Answerer(content, index, classifier.join(), ConfidenceModel.shipped());
    }

    /**
     * Words alone, no sentence model: for tests of the adapters' mechanics, and where the model
     * cannot load.
     */
    public static Answerer build(Content content) {
        return new Answerer(
                content, ContentIndex.build(content), Optional.empty(), ConfidenceModel.shipped());
    }

    /**
     * With a given classifier and confidence weights: for fitting and cross-validating the model.
     */
    public static Answerer build(
            Content content,
            Optional<KeyClassifier> classifier,
            ConfidenceModel.Weights withMeaning,
            ConfidenceModel.Weights wordsOnly) {
        return new Answerer(
                content,
                ContentIndex.build(content),
                classifier,
                new ConfidenceModel(withMeaning, wordsOnly));
    }

    /** Whether answers use the sentence model, or words alone. */
    public boolean usesMeaning() {
        return classifier.isPresent();
    }

    public Content content() {
        return content;
    }

    public Answer answer(Question question) {
        return explain(question).answer();
    }

    /**
     * The answer for a key as if asked exactly for it (follow-up buttons); empty for an unknown
     * key.
     */
    public Optional<Answer> answerFor(String key) {
        return content.find(key).map(a -> writer.answer(a.title(), a, 1.0));
    }

    /**
     * The comparison of two roles named as people type them ("pm", "Project Manager", "em"); with
     * one role, its comparison with the home role (the TPM; see settings.yml). An unknown name gets
     * the valid names and close matches.
     */
    public Answer compare(String role, String otherRole) {
        String question =
                "compare "
                        + role
                        + (otherRole == null || otherRole.isBlank() ? "" : " and " + otherRole);
        Optional<String> first = names.role(role);
        String home = homeRole();
        Optional<String> second =
                otherRole == null || otherRole.isBlank()
                        ? Optional.of(home)
                        : names.role(otherRole);
        if (first.isEmpty() || second.isEmpty()) {
            String unknown = first.isEmpty() ? role : otherRole;
            return writer.unknownName(
                    question,
                    "role",
                    unknown,
                    names.roleNames(),
                    names.closestRoles(unknown).stream()
                            .filter(r -> !r.equals(home))
                            .map(r -> Keys.comparison(r, home))
                            .distinct()
                            .toList());
        }
        if (first.get().equals(second.get())) {
            String other = first.get().equals(home) ? content.settings().defaultComparison() : home;
            second = Optional.of(other);
        }
        Answerable compared =
                content.find(Keys.comparison(first.get(), second.get())).orElseThrow();
        return writer.answer(question, compared, 1.0);
    }

    /**
     * The glossary definition of a term named as people type it; an unknown one gets close matches.
     */
    public Answer define(String term) {
        String question = "define " + term;
        Optional<String> key = names.term(term);
        if (key.isPresent()) {
            return writer.answer(question, content.find(key.get()).orElseThrow(), 1.0);
        }
        return writer.unknownName(
                question, "term", term, names.termNames(), names.closestTerms(term));
    }

    /** Role and term names for menus and autocomplete. */
    public Names names() {
        return names;
    }

    public Explanation explain(Question question) {
        String text = ChatText.truncate(question.text()); // what is read is what the answer echoes
        Reading reading = reader.read(text);
        if (reading.isEmpty() || Vocabulary.isSmallTalk(reading.cleaned())) {
            Answer reply =
                    reading.cleaned().isBlank()
                            ? writer.help(text)
                            : Vocabulary.isSmallTalk(reading.cleaned())
                                    ? writer.smallTalk(text, Vocabulary.isThanks(reading.cleaned()))
                                    : writer.help(text);
            return new Explanation(reply, reading.cleaned(), List.of(), List.of(), Route.EMPTY);
        }
        List<KeyMatch> matched = rank(reading);
        Optional<SemanticView> meaning = classifier.map(c -> c.read(reading.cleaned()));
        List<Candidate> candidates =
                scorer.score(
                        reading,
                        matched,
                        meaning,
                        key -> fits(key, reading),
                        key -> offTopic(reading, key),
                        reading.namesRole(homeRole()));
        if (candidates.isEmpty()) {
            return new Explanation(
                    writer.decline(text, 0, List.of()),
                    reading.cleaned(),
                    List.copyOf(reading.words()),
                    candidates,
                    Route.NO_MATCH);
        }
        return new Explanation(
                respond(text, candidates),
                reading.cleaned(),
                List.copyOf(reading.words()),
                candidates,
                Route.SEARCH);
    }

    private Answer respond(String text, List<Candidate> candidates) {
        double confidence = candidates.get(0).confidence();
        List<String> topKeys =
                candidates.stream().limit(MAX_SUGGESTIONS).map(Candidate::key).toList();
        return switch (Band.of(confidence)) {
            case ANSWER ->
                    writer.answer(
                            text, content.find(candidates.get(0).key()).orElseThrow(), confidence);
            case SUGGEST -> writer.didYouMean(text, confidence, topKeys);
            case DECLINE ->
                    writer.decline(
                            text,
                            confidence,
                            confidence >= Band.CLOSE_ENOUGH_TO_OFFER ? topKeys : List.of());
        };
    }

    private boolean fits(String key, Reading reading) {
        return fitsNamedRoles(key, reading) && fitsKindAskedFor(key, reading);
    }

    /** Answered with this key, the question would be about another job or the team's own work. */
    private boolean offTopic(Reading reading, String key) {
        return reading.aboutOtherJob()
                || answersForTpmOnly(reading, key)
                || TeamBusiness.foundIn(reading.cleaned());
    }

    private String homeRole() {
        return content.settings().homeRole();
    }

    private List<KeyMatch> rank(Reading reading) {
        List<ScoredKey> candidates =
                index.search(reading.words(), CANDIDATES).stream()
                        .filter(retrieved -> fits(retrieved.key(), reading))
                        .toList();
        List<KeyMatch> matches = new ArrayList<>(index.match(reading.words(), candidates));
        matches.sort(
                Comparator.comparingDouble(ConfidenceModel::rank)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingDouble(KeyMatch::retrievalScore).reversed()));
        return matches;
    }

    /**
     * A comparison fits a question only if it compares every role the question names, and when the
     * question names one role other than the TPM, only its comparison with the TPM does: "does a
     * project manager need to code" is not about program managers.
     */
    private boolean fitsNamedRoles(String key, Reading reading) {
        if (!(content.find(key).orElse(null) instanceof Comparison comparison)
                || reading.roles().isEmpty()) {
            return true;
        }
        List<String> compared = List.of(comparison.firstRole(), comparison.secondRole());
        List<String> named =
                reading.roles().size() == 1
                        ? List.of(reading.roles().get(0), homeRole())
                        : reading.roles();
        return compared.containsAll(named);
    }

    /**
     * "What do you call …" wants a glossary term. A question naming the TPM wants to know about the
     * TPM (an FAQ entry or a comparison), not the definition of some other term it mentions ("how
     * do TPMs use split tests" is the FAQ on A/B testing, not the term).
     */
    private boolean fitsKindAskedFor(String key, Reading reading) {
        Kind kind = content.find(key).map(Answerable::kind).orElse(Kind.NONE);
        if (reading.asksForName()) {
            return kind == Kind.TERM;
        }
        return !(reading.namesRole(homeRole())
                && kind == Kind.TERM
                && !key.equals(Keys.term(homeRole())));
    }

    /**
     * The question is about another known role only ("what does a product manager earn"), and the
     * best match is an FAQ entry, which is always about TPMs, or a glossary term, which a
     * definition question would have reached by its rule: either answers a different question. A
     * comparison with the TPM may still answer it ("does a project manager code" → the PM-TPM
     * comparison).
     */
    private boolean answersForTpmOnly(Reading reading, String key) {
        if (reading.roles().isEmpty()
                || reading.namesRole(homeRole())
                || reading.cue() == Reading.Cue.STRONG
                || reading.asksForName()) {
            return false;
        }
        Kind kind = content.find(key).map(Answerable::kind).orElse(Kind.NONE);
        return kind == Kind.FAQ || kind == Kind.TERM;
    }

    @Override
    public void close() {
        index.close();
    }
}
