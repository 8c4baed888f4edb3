package dev.tpmfaqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void chatNoiseCaseAndSmallWordsDoNotMatter() {
        String wording = Wording.of("How do I become a TPM?");

        assertEquals("become tpm", wording);
        assertEquals(wording, Wording.of("how to become a tpm"));
        assertEquals(wording, Wording.of("<@U0123ABC> become TPM how :thinking_face: 🤔"));
        assertEquals(wording, Wording.of("Hi bot! How can I become a TPM, please?"));
    }

    @Test
    void wordOrderAndPluralsDoNotMatter() {
        assertEquals(Wording.of("does a tpm need to code"), Wording.of("Do TPMs need to code?"));
        assertEquals(Wording.of("tpm vs pm salary"), Wording.of("salary: TPM vs. PM"));
    }

    @Test
    void differentContentWordsStayApart() {
        assertNotEquals(Wording.of("what is a TPM"), Wording.of("what is a PM"));
        assertNotEquals(
                Wording.of("does a tpm need to code"), Wording.of("does a tpm need to travel"));
    }

    @Test
    void questionsOfSmallWordsOnlyAreKeptAsTheyAre() {
        assertEquals("how", Wording.of("How??"));
        assertNotEquals(Wording.of("how?"), Wording.of("what?"));
    }

    @Test
    void wordsEndingInSThatAreNotPluralsAreKept() {
        assertEquals("process status", Wording.of("the status of the process"));
    }
}
