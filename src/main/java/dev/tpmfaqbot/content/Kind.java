package dev.tpmfaqbot.content;

/** What an answer key points at. The lower-case name is what JSON output and keys use. */
public enum Kind {
    FAQ("faq"),
    TERM("term"),
    COMPARISON("comparison"),
    NONE("none");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
