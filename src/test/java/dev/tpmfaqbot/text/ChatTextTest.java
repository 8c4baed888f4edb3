package dev.tpmfaqbot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            value = {
                "What's a TPM? => what is a tpm?",
                "whats an A/B test => what is an ab test",
                "I can't code, doesnt matter? => i can not code, does not matter?",
                "<@U1> <@U2|bob> @faqbot hi :wave: 👋 => hi",
                "product and project managers => product managers and project managers",
                "see https://example.com/x for more => see for more",
                "expand the acronym T.P.M. please => expand the acronym tpm please",
                "what does t.p.m stand for? => what does tpm stand for?"
            })
    void cleansChatText(String raw, String cleaned) {
        assertEquals(cleaned, ChatText.clean(raw));
    }
}
