package dev.tpmfaqbot.content;

/** An article the content takes facts from, named in {@code sources.yml}. */
public record Source(String id, String title) {}
