package dev.tpmfaqbot.content;

/** One row of every role comparison, from {@code dimensions.yml}. */
public record Dimension(String id, String label) {}
