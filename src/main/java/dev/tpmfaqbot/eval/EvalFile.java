package dev.tpmfaqbot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines of {@code {"question": "...", "expected": ["faq:…"]}}; a bad line is an error
 * naming its line.
 */
public final class EvalFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalFile() {}

    public static List<EvalCase> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<EvalCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            cases.add(parse(file, i + 1, line));
        }
        return cases;
    }

    private static EvalCase parse(Path file, int lineNumber, String line) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IOException(
                    file + ":" + lineNumber + ": not JSON: " + e.getOriginalMessage());
        }
        if (!node.path("question").isTextual() || !node.path("expected").isArray()) {
            throw new IOException(
                    file
                            + ":"
                            + lineNumber
                            + ": needs \"question\" (text) and \"expected\" (a list of keys)");
        }
        List<String> expected = new ArrayList<>();
        node.get("expected").forEach(key -> expected.add(key.asText()));
        return new EvalCase(
                node.get("question").asText(),
                List.copyOf(expected),
                lineNumber,
                node.path("style").asText(""));
    }
}
