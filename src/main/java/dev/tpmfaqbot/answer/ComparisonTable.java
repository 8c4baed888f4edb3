package dev.tpmfaqbot.answer;

import java.util.List;

/** A role comparison as rows, for adapters that lay it out in two columns. */
public record ComparisonTable(String firstRole, String secondRole, List<Row> rows) {

    public record Row(String dimension, String first, String second) {}

    /** The table as Markdown lists, which every chat platform shows (Markdown tables are not). */
    public String markdown() {
        StringBuilder text = new StringBuilder();
        for (Row row : rows) {
            text.append("**")
                    .append(row.dimension())
                    .append("**\n")
                    .append("- ")
                    .append(firstRole)
                    .append(": ")
                    .append(row.first())
                    .append('\n')
                    .append("- ")
                    .append(secondRole)
                    .append(": ")
                    .append(row.second())
                    .append("\n\n");
        }
        return text.toString().strip();
    }
}
