package dev.tpmfaqbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.text.ChatText;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answerer's rule classes, one table each: a text as a person types it, and what the rule says.
 */
class RuleTablesTest {
    private static OtherJobTitles otherJobTitles;

    @BeforeAll
    static void load() throws Exception {
        otherJobTitles = new OtherJobTitles(ContentLoader.load(Path.of("faq")));
    }

    @ParameterizedTest(name = "{0} → team business: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            when is the next sprint review                      | true
            who is our tpm for payments                          | true
            is our api down again?                               | true
            what's the status of the login project               | true
            please add this to the backlog                       | true
            can you schedule a meeting with the design team      | true
            what's in our backlog for this sprint                | true
            shadowing our TPM next week, what will she do all day? | false
            what does a tpm do                                   | false
            how do I write a good user story                     | false
            who is responsible for the roadmap, pm or tpm?       | false
            """)
    void teamBusiness(String text, boolean expected) {
        assertEquals(expected, TeamBusiness.foundIn(ChatText.clean(text)));
    }

    /**
     * Any title the content does not cover counts, even as context ("work with software
     * engineers"): it is one feature of the confidence model, weighed with whether the question
     * names the TPM, not a decision to decline.
     */
    @ParameterizedTest(name = "{0} → another job: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            what does a data engineer do all day        | true
            how do I become a UX designer               | true
            should I report to the CTO                  | true
            my TPM 2.0 chip is not detected in BIOS     | true
            the tpms light is on in my car              | true
            what does a technical product manager do    | false
            tpm vs project manager                      | false
            does a tpm work with software engineers?    | true
            is an engineering manager the same as a tpm | false
            """)
    void otherJobs(String text, boolean expected) {
        assertEquals(expected, otherJobTitles.foundIn(ChatText.clean(text)));
    }

    @ParameterizedTest(name = "{0} → another TPM: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            how do I enable tpm 2.0 on windows 11      | true
            trusted platform module error               | true
            tire pressure tpms sensor fault             | true
            what does a tpm do                          | false
            tpm salary in berlin                        | false
            """)
    void otherThingsCalledTpm(String text, boolean expected) {
        assertEquals(expected, otherJobTitles.namesOtherTpm(ChatText.clean(text)));
    }
}
