package dev.tpmfaqbot.answer;

/** A key considered for a question, why, and the probability that it is the right answer. */
public record Candidate(String key, CandidateFeatures features, double confidence) {}
