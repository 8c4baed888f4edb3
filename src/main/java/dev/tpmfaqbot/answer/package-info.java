/**
 * The answering core: reads a question ({@link dev.tpmfaqbot.answer.QuestionReader}), gathers
 * candidate keys from the classifier and the search index, scores each with {@link
 * dev.tpmfaqbot.answer.CandidateScorer} and {@link dev.tpmfaqbot.answer.ConfidenceModel}, and
 * returns an {@link dev.tpmfaqbot.answer.Answer} in a band (answer, did-you-mean, decline) with the
 * {@link dev.tpmfaqbot.answer.Explanation} behind it. Entry point: {@link
 * dev.tpmfaqbot.answer.Answerer}. Uses {@code content}, {@code search} (only through its public
 * types) and {@code semantic}; knows nothing of chat platforms, storage or HTTP.
 */
package dev.tpmfaqbot.answer;
