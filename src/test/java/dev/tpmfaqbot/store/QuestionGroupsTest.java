package dev.tpmfaqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tpmfaqbot.store.QuestionGroups.Asked;
import dev.tpmfaqbot.store.Store.UnansweredGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionGroupsTest {

    @Test
    void nearIdenticalQuestionsCountTogetherBiggestGroupFirst() {
        List<UnansweredGroup> groups =
                QuestionGroups.of(
                        List.of(
                                new Asked("what is a raci", "term:raci", 0.5, 1),
                                new Asked("How do I become a TPM?", "faq:become", 0.4, 2),
                                new Asked("how to become a tpm", "faq:become", 0.6, 3),
                                new Asked("How do I become a TPM?", "faq:career", 0.2, 4)));

        assertEquals(
                List.of(
                        new UnansweredGroup("How do I become a TPM?", 3, "faq:become", 0.5),
                        new UnansweredGroup("what is a raci", 1, "term:raci", 0.5)),
                groups);
    }

    @Test
    void equalGroupsAreInOrderOfTheirLatestQuestionAndTiesGoToTheLatest() {
        List<UnansweredGroup> groups =
                QuestionGroups.of(
                        List.of(
                                new Asked("old question", "none", 0.1, 1),
                                new Asked("tpm in a startup", "faq:startups", 0.3, 2),
                                new Asked("TPM at startups?", "faq:small-teams", 0.5, 3)));

        assertEquals(
                List.of(
                        new UnansweredGroup("TPM at startups?", 2, "faq:small-teams", 0.5),
                        new UnansweredGroup("old question", 1, "none", 0.1)),
                groups);
    }

    @Test
    void noQuestionsNoGroups() {
        assertEquals(List.of(), QuestionGroups.of(List.of()));
    }
}
