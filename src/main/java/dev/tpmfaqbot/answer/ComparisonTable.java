package dev.tpmfaqbot.answer;

import java.util.List;

/** A role comparison as rows, for adapters that lay it out in two columns. */
public record ComparisonTable(String firstRole, String secondRole, List<Row> rows) {

    public record Row(String dimension, String first, String second) {
    }
}
