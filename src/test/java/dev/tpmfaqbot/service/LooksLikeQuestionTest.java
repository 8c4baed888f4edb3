package dev.tpmfaqbot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one rule both Slack and Discord auto-answer channels use: message → worth trying to answer.
 */
class LooksLikeQuestionTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            does a tpm need to code?                              | true
            What does a TPM do all day                            | true
            whats a tpm anyway                                    | true
            What’s a tpm anyway                                   | true
            anyone know what a backlog is                         | true
            Explain the TPM role please                           | true
            quick one: do TPMs own the roadmap? asking for a friend | true
            <@U0OTHER> how do tpms work with engineers            | true
            <@123456789012345678> how do tpms work with engineers | true
            <#C0CHAN> <@U0OTHER> what is a tpm                    | true
            ok?                                                   | false
            what is?                                              | false
            <@U0OTHER> <@U0BOT> why?                               | false
            lunch is in the kitchen                               | false
            the TPM sync moved to 3pm                              | false
            whatever works for you folks                           | false
            """)
    void table(String message, boolean expected) {
        assertEquals(expected, LooksLikeQuestion.test(message), message);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "<@U0OTHER>", "??? ???"})
    void nothingToAsk(String message) {
        assertFalse(LooksLikeQuestion.test(message), String.valueOf(message));
    }
}
