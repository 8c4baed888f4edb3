package dev.tpmfaqbot.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Markdown file that starts with a YAML front matter block between two {@code ---} lines. Keeps
 * the line of every YAML value so that problems can point at the line to fix.
 */
record FrontMatterFile(
        Path file,
        ObjectNode fields,
        Map<String, Integer> valueLines,
        int frontMatterLine,
        String body,
        int bodyLine) {

    /** About ten times the longest real answer; chat platforms show far less at once. */
    static final int MAX_BODY_CHARS = 20_000;

    private static final YAMLMapper YAML =
            YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * Reads the file's text; reports what is wrong and returns empty when the front matter cannot
     * be read.
     */
    static Optional<FrontMatterFile> parse(Path file, String text, Problems problems) {
        if (text.isBlank()) {
            problems.add(file, 1, "the file is empty");
            return Optional.empty();
        }
        List<String> lines = text.lines().toList();
        if (!isFence(lines.get(0))) {
            problems.add(
                    file,
                    1,
                    "the file must start with a front matter block: a line with ---, the YAML fields, and another ---");
            return Optional.empty();
        }
        int closing = -1;
        for (int i = 1; i < lines.size() && closing < 0; i++) {
            if (isFence(lines.get(i))) {
                closing = i;
            }
        }
        if (closing < 0) {
            problems.add(
                    file,
                    1,
                    "the front matter block is never closed: add a line with --- after the YAML fields");
            return Optional.empty();
        }
        String yaml = String.join("\n", lines.subList(1, closing));
        String body = String.join("\n", lines.subList(closing + 1, lines.size())).strip();
        int bodyLine = firstNonBlankLine(lines, closing + 1);
        if (body.length() > MAX_BODY_CHARS) {
            problems.add(
                    file,
                    bodyLine,
                    "the text below the front matter is "
                            + body.length()
                            + " characters; at most "
                            + MAX_BODY_CHARS
                            + ": keep the answer short, or split it into several entries");
            return Optional.empty();
        }
        return readYaml(file, yaml, 2, problems)
                .map(
                        parsed ->
                                new FrontMatterFile(
                                        file,
                                        parsed.fields(),
                                        parsed.valueLines(),
                                        1,
                                        body,
                                        bodyLine));
    }

    /** A plain YAML file such as {@code sources.yml}: a mapping at the top. */
    static Optional<YamlMapping> parseYaml(Path file, String text, Problems problems) {
        if (text.isBlank()) {
            problems.add(file, 1, "the file is empty");
            return Optional.empty();
        }
        return readYaml(file, text, 1, problems);
    }

    record YamlMapping(ObjectNode fields, Map<String, Integer> valueLines) {}

    private static Optional<YamlMapping> readYaml(
            Path file, String yaml, int firstLine, Problems problems) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? firstLine : firstLine + Math.max(where.getLineNr(), 1) - 1;
            problems.add(file, line, "bad YAML: " + firstLineOf(e.getOriginalMessage()));
            return Optional.empty();
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            problems.add(file, firstLine, "the front matter is empty");
            return Optional.empty();
        }
        if (!tree.isObject()) {
            problems.add(
                    file,
                    firstLine,
                    "the front matter must be a list of fields (name: value), not a single value or a list");
            return Optional.empty();
        }
        return Optional.of(new YamlMapping((ObjectNode) tree, valueLines(yaml, firstLine)));
    }

    /** Maps each value's JSON pointer ("/related/2") to its line in the file. */
    private static Map<String, Integer> valueLines(String yaml, int firstLine) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME
                        || token.isScalarValue()
                        || token.isStructStart()) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    lines.putIfAbsent(
                            pointer, firstLine + parser.currentTokenLocation().getLineNr() - 1);
                }
            }
        } catch (IOException e) {
            // Already parsed once without error; a failure here only loses line numbers.
        }
        return lines;
    }

    private static boolean isFence(String line) {
        return line.strip().equals("---") || line.strip().equals("\uFEFF---");
    }

    private static int firstNonBlankLine(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i + 1;
            }
        }
        return Math.min(from + 1, lines.size());
    }

    private static String firstLineOf(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message).strip();
    }
}
