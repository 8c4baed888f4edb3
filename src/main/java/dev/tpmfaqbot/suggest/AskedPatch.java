package dev.tpmfaqbot.suggest;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.tpmfaqbot.content.ContentPaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accepted phrasings as a unified diff of {@code faq/asked.yml} ({@code git apply} reads it):
 * each added at the end of its key's list, or under a new key at the end of the file. Empty when
 * there is nothing to add.
 */
public final class AskedPatch {
    private static final String FILE = "faq/" + ContentPaths.ASKED;

    private AskedPatch() {}

    /** {@code asked}: the file's current text ("" when it does not exist). */
    public static String of(String asked, List<Suggestion> accepted) {
        List<String> original = asked.isEmpty() ? List.of() : List.of(asked.split("\n", -1));
        if (!original.isEmpty() && original.get(original.size() - 1).isEmpty()) {
            original =
                    original.subList(
                            0, original.size() - 1); // the final newline ends the last line
        }
        List<String> changed = new ArrayList<>(original);
        Map<String, List<String>> linesByKey = new LinkedHashMap<>();
        accepted.forEach(
                s ->
                        linesByKey
                                .computeIfAbsent(s.key(), key -> new ArrayList<>())
                                .add(s.yamlLine()));
        linesByKey.forEach((key, lines) -> add(changed, key, lines));
        if (changed.equals(original)) {
            return "";
        }
        List<String> diff =
                UnifiedDiffUtils.generateUnifiedDiff(
                        "a/" + FILE, "b/" + FILE, original, DiffUtils.diff(original, changed), 3);
        return String.join("\n", diff) + "\n";
    }

    private static void add(List<String> lines, String key, List<String> items) {
        List<String> fresh = items.stream().filter(item -> !lines.contains(item)).toList();
        if (fresh.isEmpty()) {
            return;
        }
        int header = lines.indexOf(key + ":");
        if (header < 0) {
            lines.add(key + ":");
            lines.addAll(fresh);
            return;
        }
        int end = header + 1;
        while (end < lines.size() && lines.get(end).startsWith("  -")) {
            end++;
        }
        lines.addAll(end, fresh);
    }
}
