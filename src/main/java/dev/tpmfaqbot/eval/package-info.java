/**
 * Measuring answer quality: scoring a JSON Lines question set ({@link
 * dev.tpmfaqbot.eval.Evaluation}, {@link dev.tpmfaqbot.eval.EvalReport}) and fitting the confidence
 * weights by cross-validation ({@link dev.tpmfaqbot.eval.ConfidenceFit}). Used by the {@code eval}
 * command only.
 */
package dev.tpmfaqbot.eval;
