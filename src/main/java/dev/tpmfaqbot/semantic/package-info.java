/**
 * Answering by meaning: the classifier trained on the content's examples at every load ({@link
 * dev.tpmfaqbot.semantic.KeyClassifier}), its reading of a question ({@link
 * dev.tpmfaqbot.semantic.SemanticView}), and {@link dev.tpmfaqbot.semantic.Semantics}, which holds
 * the process's model or says why there is none. Uses {@code content} and {@code embedding}; used
 * by {@code answer}.
 */
package dev.tpmfaqbot.semantic;
