package dev.tpmfaqbot.cli;

import java.util.List;

/** The {@code --limit} of rows shown per part of a report; 0 means all. */
final class Limit {
    private Limit() {}

    static <T> List<T> first(List<T> rows, int limit) {
        return limit <= 0 || rows.size() <= limit ? rows : rows.subList(0, limit);
    }
}
