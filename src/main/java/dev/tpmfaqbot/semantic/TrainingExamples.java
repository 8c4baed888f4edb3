package dev.tpmfaqbot.semantic;

import dev.tpmfaqbot.content.Answerable;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.Keys;
import dev.tpmfaqbot.content.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * What the classifier learns from, all of it content: each key's title and written questions, a
 * term's names and definition, the questions to decline (the class {@link Keys#NONE}), and the
 * questions people asked ({@code asked.yml}).
 */
record TrainingExamples(List<String> texts, List<String> keys) {

    static TrainingExamples from(Content content) {
        List<String> texts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Answerable answerable : content.answerables()) {
            List<String> own = new ArrayList<>();
            own.add(answerable.title());
            own.addAll(answerable.questions());
            if (answerable instanceof Term term) {
                own.addAll(term.aliases());
                own.add(term.definition());
            }
            own.forEach(
                    text -> {
                        texts.add(text);
                        keys.add(answerable.key());
                    });
        }
        content.outOfScope()
                .questions()
                .forEach(
                        text -> {
                            texts.add(text);
                            keys.add(Keys.NONE);
                        });
        content.asked()
                .byKey()
                .forEach(
                        (key, questions) ->
                                questions.forEach(
                                        text -> {
                                            texts.add(text);
                                            keys.add(key);
                                        }));
        return new TrainingExamples(List.copyOf(texts), List.copyOf(keys));
    }

    /** The same examples without some texts (a cross-validation fold's questions). */
    TrainingExamples without(java.util.Set<String> leftOut) {
        List<String> keptTexts = new ArrayList<>();
        List<String> keptKeys = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!leftOut.contains(texts.get(i))) {
                keptTexts.add(texts.get(i));
                keptKeys.add(keys.get(i));
            }
        }
        return new TrainingExamples(List.copyOf(keptTexts), List.copyOf(keptKeys));
    }
}
