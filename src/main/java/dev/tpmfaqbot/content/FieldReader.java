package dev.tpmfaqbot.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed fields out of one YAML mapping, reporting each missing or mistyped field with its
 * line.
 */
final class FieldReader {
    private final Path file;
    private final ObjectNode fields;
    private final Map<String, Integer> valueLines;
    private final int fallbackLine;
    private final Problems problems;

    FieldReader(
            Path file,
            ObjectNode fields,
            Map<String, Integer> valueLines,
            int fallbackLine,
            Problems problems) {
        this.file = file;
        this.fields = fields;
        this.valueLines = valueLines;
        this.fallbackLine = fallbackLine;
        this.problems = problems;
    }

    static FieldReader of(FrontMatterFile parsed, Problems problems) {
        return new FieldReader(
                parsed.file(),
                parsed.fields(),
                parsed.valueLines(),
                parsed.frontMatterLine(),
                problems);
    }

    /**
     * The line of a value given as a JSON pointer such as {@code /related/2}, or of its nearest
     * parent.
     */
    int lineOf(String pointer) {
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            Integer line = valueLines.get(p);
            if (line != null) {
                return line;
            }
        }
        return fallbackLine;
    }

    void problem(String pointer, String message) {
        problems.add(file, lineOf(pointer), message);
    }

    void rejectUnknownFields(Set<String> known) {
        for (Iterator<String> names = fields.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(
                        "/" + name,
                        "unknown field '"
                                + name
                                + "'; expected one of "
                                + String.join(", ", known));
            }
        }
    }

    String requiredText(String name) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
            problems.add(file, fallbackLine, "missing field '" + name + "'");
            return "";
        }
        if (!value.isValueNode() || value.asText().isBlank()) {
            problem("/" + name, "'" + name + "' must be a non-empty text");
            return "";
        }
        return value.asText().strip();
    }

    /** A list of texts; a single text is accepted as a list of one. */
    List<String> textList(String name, int minimum) {
        JsonNode value = fields.get(name);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            if (minimum > 0) {
                problems.add(
                        file,
                        fallbackLine,
                        "missing field '" + name + "' (a list of at least " + minimum + ")");
            }
            return texts;
        }
        if (value.isValueNode()) {
            value = fields.arrayNode().add(value);
        }
        if (!value.isArray()) {
            problem("/" + name, "'" + name + "' must be a list");
            return texts;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isValueNode() || item.asText().isBlank()) {
                problem(
                        "/" + name + "/" + i,
                        "item " + (i + 1) + " of '" + name + "' must be a non-empty text");
            } else {
                texts.add(item.asText().strip());
            }
        }
        if (texts.size() < minimum) {
            problem(
                    "/" + name,
                    "'" + name + "' needs at least " + minimum + " items, has " + texts.size());
        }
        return texts;
    }

    /** A mapping of names to texts, in file order. */
    Map<String, String> textMap(String name) {
        JsonNode value = fields.get(name);
        Map<String, String> texts = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            problems.add(file, fallbackLine, "missing field '" + name + "'");
            return texts;
        }
        if (!value.isObject()) {
            problem("/" + name, "'" + name + "' must be a list of name: value lines");
            return texts;
        }
        value.fields()
                .forEachRemaining(
                        field -> {
                            if (!field.getValue().isValueNode()
                                    || field.getValue().asText().isBlank()) {
                                problem(
                                        "/" + name + "/" + field.getKey(),
                                        "'"
                                                + name
                                                + "."
                                                + field.getKey()
                                                + "' must be a non-empty text");
                            } else {
                                texts.put(field.getKey(), field.getValue().asText().strip());
                            }
                        });
        return texts;
    }

    Path file() {
        return file;
    }
}
