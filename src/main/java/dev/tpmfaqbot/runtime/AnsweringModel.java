package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.semantic.Semantics;

/**
 * The sentence model as the settings ask for it: loaded, or switched off with {@code
 * SENTENCE_MODEL=off}.
 */
public final class AnsweringModel {
    private AnsweringModel() {}

    public static Semantics load(CoreSettings.Answering settings) {
        return settings.sentenceModel()
                ? Semantics.load(settings.vectorCache())
                : Semantics.wordsOnly(CoreSettings.SENTENCE_MODEL + "=off");
    }
}
