package dev.tpmfaqbot.answer;

/** Where a question came from. The id is what records, logs, metrics and per-asker turns show. */
public enum Platform {
    SLACK("slack"),
    DISCORD("discord"),
    CLI("cli"),
    HTTP("http"),
    ADMIN("admin");

    private final String id;

    Platform(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
