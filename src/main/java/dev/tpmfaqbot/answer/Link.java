package dev.tpmfaqbot.answer;

/** A key with its title, for follow-up and "did you mean" buttons. */
public record Link(String key, String title) {}
