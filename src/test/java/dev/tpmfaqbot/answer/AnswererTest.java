package dev.tpmfaqbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.content.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswererTest {
    private final Answerer answerer = ProjectAnswerer.get();

    private Answer ask(String text) {
        return answerer.answer(Question.fromCommandLine(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "does a TPM need to code?                          | faq:does-a-tpm-need-to-code",
                "<@U024BE7LH> hey bot, how much do tpms make? 💰   | faq:tpm-salary",
                "@faqbot tpm salary?                               | faq:tpm-salary",
                "what's a technical product manager                | faq:what-is-a-tpm",
                "what is a tpm                                     | faq:what-is-a-tpm",
                "is a tpm a people manager                         | faq:is-tpm-a-management-role",
                "how do tpms use a/b tests                         | faq:tpm-ab-testing",
                "what skils does a tpm need                        | faq:tpm-skills",
                "when should a startup hire a tpm                  | faq:when-to-hire-a-tpm"
            })
    void answersFaqQuestionsAsPeopleTypeThem(String question, String key) {
        Answer answer = ask(question);
        assertEquals(key, answer.key(), answer.title());
        assertEquals(Band.ANSWER, answer.band());
        assertEquals(Kind.FAQ, answer.kind());
        assertFalse(answer.sources().isEmpty());
        assertTrue(answer.confidence() >= 0.5 && answer.confidence() <= 1.0);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "what's the difference between a product manager and a project manager | compare:pm:project-manager",
                "difference between a project manager and a product manager       | compare:pm:project-manager",
                "compare engineering manager and tpm                               | compare:engineering-manager:tpm",
                "compare tpm and em                                                | compare:engineering-manager:tpm",
                "technical program manager versus technical product manager        | compare:program-manager:tpm",
                "project manager vs program manager?                               | compare:program-manager:project-manager"
            })
    void comparesRolesInEitherOrder(String question, String key) {
        Answer answer = ask(question);
        assertEquals(key, answer.key());
        assertEquals(Kind.COMPARISON, answer.kind());
        ComparisonTable table = answer.table().orElseThrow();
        assertEquals(8, table.rows().size());
        assertTrue(answer.text().contains(table.rows().get(0).dimension()));
        assertTrue(answer.text().startsWith(answer.prose()));
        assertFalse(answer.prose().contains(table.rows().get(0).dimension()), answer.prose());
    }

    /**
     * The content lists "tpm vs pm" as a question of faq:tpm-vs-pm; the catalogue gives both keys
     * for it.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "tpm vs pm",
                "pm vs tpm",
                "tpm^100 vs pm~2",
                "how is a pm different from a tpm"
            })
    void tpmVersusPmIsAnsweredWithEitherOfItsKeys(String question) {
        assertTrue(
                List.of("faq:tpm-vs-pm", "compare:pm:tpm").contains(ask(question).key()), question);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "what is a backlog      | term:backlog",
                "define mvp             | term:mvp",
                "API?                   | term:api",
                "what are user stories  | term:user-story",
                "split test meaning     | term:ab-testing",
                "backlog meaning in agile | term:backlog",
                "what does an em do       | term:engineering-manager",
                "what does a pm do        | term:product-manager"
            })
    void definesGlossaryTerms(String question, String key) {
        Answer answer = ask(question);
        assertEquals(key, answer.key());
        assertEquals(Kind.TERM, answer.kind());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hey what's scrum? everyone at standup keeps saying it and i'm new here | term:scrum",
                "what is a tpm? i just joined.                                        | faq:what-is-a-tpm",
                "what is agile? how does a tpm use it?                               | faq:tpm-agile"
            })
    void aDefinitionAskedInOneSentenceCountsOnlyWhenNoOtherSentenceAsks(
            String question, String key) {
        assertEquals(key, ask(question).key());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "what does a data engineer earn",
                "what is kubernetes",
                "how do i reset my vpn password",
                "who won the football game last night",
                "how much does a product manager make",
                "what does a product owner do",
                "is our api down",
                "add this ticket to the backlog please",
                "what is the salary of a project manager",
                "how much do engineering managers earn?",
                "what is TPM 2.0",
                "how do I enable the tpm chip in bios",
                "what's in our backlog for this sprint?"
            })
    void declinesQuestionsOutsideTheContent(String question) {
        Answer answer = ask(question);
        assertEquals("none", answer.key());
        assertEquals(Kind.NONE, answer.kind());
        assertTrue(answer.band() != Band.ANSWER);
    }

    @Test
    void smallTalkGetsAFriendlyReplyAndNoKey() {
        Answer thanks = ask("thanks!");
        assertEquals("none", thanks.key());
        assertTrue(thanks.text().contains("welcome"));
        assertEquals("none", ask("good morning 🙂").key());
        assertTrue(ask("thanks, that helped! 🙏").text().contains("welcome"));
    }

    @Test
    void emptyTextGetsHelp() {
        for (String empty : new String[] {"", "   ", "<@U123>", "🙂🙂", "???"}) {
            Answer answer = ask(empty);
            assertEquals("none", answer.key(), empty);
            assertTrue(answer.text().contains("tpm vs pm"), empty);
        }
    }

    @Test
    void unsureQuestionsGetDidYouMeanWithoutAnAnswer() {
        Answer answer = ask("tpm stuff with the roadmap and research and tests");
        if (answer.band() == Band.SUGGEST) {
            assertEquals("none", answer.key());
            assertFalse(answer.suggestions().isEmpty());
            assertTrue(answer.suggestions().size() <= 3);
        }
        Answer unsure = answerer.answer(Question.fromCommandLine("who leads beta, the tpm or qa"));
        assertTrue(unsure.band() != Band.DECLINE || unsure.suggestions().size() <= 3);
    }

    @Test
    void bandsFollowTheConfidenceThresholds() {
        assertEquals(Band.ANSWER, Band.of(0.9));
        assertEquals(Band.ANSWER, Band.of(Band.ANSWER_FROM));
        assertEquals(Band.SUGGEST, Band.of(Band.ANSWER_FROM - 0.01));
        assertEquals(Band.SUGGEST, Band.of(Band.SUGGEST_FROM));
        assertEquals(Band.DECLINE, Band.of(Band.SUGGEST_FROM - 0.01));
    }

    @Test
    void declinesOfferTopicsOnlyWhenTheyAreClose() {
        Answer far = ask("what's the capital of france");
        assertTrue(far.suggestions().isEmpty(), far.suggestions().toString());
    }

    @Test
    void followUpsComeFromTheEntrysRelatedKeys() {
        Answer answer = ask("does a tpm need to code");
        assertTrue(answer.followUps().stream().anyMatch(l -> l.key().equals("faq:tpm-skills")));
        assertTrue(answer.followUps().stream().noneMatch(l -> l.key().equals(answer.key())));
    }

    @Test
    void compareAndDefineAcceptNamesAsTyped() {
        assertEquals("compare:pm:tpm", answerer.compare("PM", null).key());
        assertEquals(
                "compare:engineering-manager:project-manager",
                answerer.compare("Eng Manager", "project managers").key());
        assertEquals(
                "compare:pm:tpm",
                answerer.compare("tpm", "tpm").key().equals("compare:pm:tpm")
                        ? "compare:pm:tpm"
                        : "x");
        assertEquals("term:ab-testing", answerer.define("A/B test").key());
        assertEquals("term:user-story", answerer.define("user stories").key());
    }

    @Test
    void unknownNamesGetTheValidNamesAndClosestMatches() {
        Answer role = answerer.compare("projet manager", null);
        assertEquals("none", role.key());
        assertTrue(role.text().contains("engineering-manager"), role.text());
        assertTrue(
                role.suggestions().stream()
                        .anyMatch(l -> l.key().equals("compare:project-manager:tpm")),
                role.suggestions().toString());
        Answer term = answerer.define("backlogg");
        assertEquals("none", term.key());
        assertTrue(
                term.suggestions().stream().anyMatch(l -> l.key().equals("term:backlog")),
                term.suggestions().toString());
    }

    @Test
    void answerForAKeyIsTheContentItself() {
        Answer answer = answerer.answerFor("term:sprint").orElseThrow();
        assertEquals("term:sprint", answer.key());
        assertEquals(1.0, answer.confidence());
        assertTrue(answerer.answerFor("faq:nope").isEmpty());
    }
}
