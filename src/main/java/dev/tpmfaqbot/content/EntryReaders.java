package dev.tpmfaqbot.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns one parsed content file into a typed record, checking what can be checked within that file.
 */
final class EntryReaders {
    static final int MINIMUM_QUESTIONS = 4;
    private static final int MAXIMUM_SHORT_ANSWER = 400;

    private final Problems problems;

    EntryReaders(Problems problems) {
        this.problems = problems;
    }

    Optional<Located<FaqEntry>> entry(FrontMatterFile file) {
        FieldReader fields = FieldReader.of(file, problems);
        fields.rejectUnknownFields(
                Set.of("id", "title", "questions", "tags", "related", "sources"));
        String id = idMatchingFileName(fields);
        String title = fields.requiredText("title");
        List<String> questions = fields.textList("questions", MINIMUM_QUESTIONS);
        List<String> tags = fields.textList("tags", 0);
        List<String> related = fields.textList("related", 0);
        List<String> sources = fields.textList("sources", 1);
        String body = requiredBody(file);
        String shortAnswer = shortAnswer(file, body);
        return Optional.of(
                new Located<>(
                        new FaqEntry(
                                id, title, shortAnswer, body, questions, tags, related, sources),
                        fields));
    }

    Optional<Located<Term>> term(FrontMatterFile file) {
        FieldReader fields = FieldReader.of(file, problems);
        fields.rejectUnknownFields(
                Set.of("id", "title", "aliases", "questions", "related", "sources"));
        String id = idMatchingFileName(fields);
        String title = fields.requiredText("title");
        List<String> aliases = fields.textList("aliases", 0);
        List<String> questions = fields.textList("questions", 0);
        List<String> related = fields.textList("related", 0);
        List<String> sources = fields.textList("sources", 1);
        String definition = requiredBody(file);
        return Optional.of(
                new Located<>(
                        new Term(id, title, aliases, questions, definition, related, sources),
                        fields));
    }

    Optional<Located<Role>> role(FrontMatterFile file) {
        FieldReader fields = FieldReader.of(file, problems);
        fields.rejectUnknownFields(Set.of("id", "name", "aliases", "dimensions", "sources"));
        String id = idMatchingFileName(fields);
        String name = fields.requiredText("name");
        List<String> aliases = fields.textList("aliases", 0);
        Map<String, String> dimensions = fields.textMap("dimensions");
        List<String> sources = fields.textList("sources", 1);
        return Optional.of(new Located<>(new Role(id, name, aliases, dimensions, sources), fields));
    }

    Optional<Located<Comparison>> comparison(FrontMatterFile file) {
        FieldReader fields = FieldReader.of(file, problems);
        fields.rejectUnknownFields(Set.of("roles", "title", "questions", "related", "sources"));
        List<String> roles = fields.textList("roles", 2);
        String title = fields.requiredText("title");
        List<String> questions = fields.textList("questions", 0);
        List<String> related = fields.textList("related", 0);
        List<String> sources = fields.textList("sources", 1);
        String body = requiredBody(file);
        if (roles.size() != 2 || roles.get(0).equals(roles.get(1))) {
            if (roles.size() >= 2) {
                fields.problem("/roles", "'roles' must name exactly two different roles");
            }
            return Optional.empty();
        }
        List<String> sorted = roles.stream().sorted().toList();
        String expectedName = sorted.get(0) + "--" + sorted.get(1) + ".md";
        if (!file.file().getFileName().toString().equals(expectedName)) {
            fields.problem(
                    "/roles",
                    "a comparison of "
                            + sorted.get(0)
                            + " and "
                            + sorted.get(1)
                            + " must be in a file named "
                            + expectedName);
        }
        Comparison comparison =
                new Comparison(
                        sorted.get(0),
                        sorted.get(1),
                        title,
                        shortAnswer(file, body),
                        body,
                        questions,
                        related,
                        sources);
        return Optional.of(new Located<>(comparison, fields));
    }

    Optional<Located<Onboarding>> onboarding(FrontMatterFile file) {
        FieldReader fields = FieldReader.of(file, problems);
        fields.rejectUnknownFields(Set.of("starter-topics", "series"));
        List<String> starters = fields.textList("starter-topics", 1);
        List<String> series = fields.textList("series", 1);
        String welcome = requiredBody(file);
        return Optional.of(new Located<>(new Onboarding(welcome, starters, series), fields));
    }

    /** The settings file, or the defaults when there is none. */
    Optional<Located<ContentSettings>> settings(Path file, String text) {
        return yamlFile(
                file,
                text,
                (yaml, fields) -> {
                    fields.rejectUnknownFields(Set.of("home-role", "default-comparison"));
                    String home =
                            optionalText(yaml, "home-role", ContentSettings.DEFAULT.homeRole());
                    String partner =
                            optionalText(
                                    yaml,
                                    "default-comparison",
                                    ContentSettings.DEFAULT.defaultComparison());
                    return new ContentSettings(home, partner);
                });
    }

    /** Questions to decline, by group: each group a list of at least one question. */
    Optional<Located<OutOfScope>> outOfScope(Path file, String text) {
        return questionLists(file, text, OutOfScope::new);
    }

    /** Questions asked, by the key that answers them. */
    Optional<Located<AskedQuestions>> asked(Path file, String text) {
        return questionLists(file, text, AskedQuestions::new);
    }

    /**
     * A YAML file of named lists of questions (a group or a key, then its questions), each at least
     * one long.
     */
    private <T> Optional<Located<T>> questionLists(
            Path file, String text, Function<Map<String, List<String>>, T> make) {
        return yamlFile(
                file,
                text,
                (yaml, fields) -> {
                    Map<String, List<String>> lists = new LinkedHashMap<>();
                    yaml.fields()
                            .fieldNames()
                            .forEachRemaining(name -> lists.put(name, fields.textList(name, 1)));
                    return make.apply(lists);
                });
    }

    /** An optional YAML file (no text: absent) read into a value, its fields located by line. */
    private <T> Optional<Located<T>> yamlFile(
            Path file, String text, BiFunction<FrontMatterFile.YamlMapping, FieldReader, T> read) {
        if (text == null) {
            return Optional.empty();
        }
        return FrontMatterFile.parseYaml(file, text, problems)
                .map(
                        yaml -> {
                            FieldReader fields =
                                    new FieldReader(
                                            file, yaml.fields(), yaml.valueLines(), 1, problems);
                            return new Located<>(read.apply(yaml, fields), fields);
                        });
    }

    private static String optionalText(
            FrontMatterFile.YamlMapping yaml, String name, String fallback) {
        String value = yaml.fields().path(name).asText("").strip();
        return value.isEmpty() ? fallback : value;
    }

    Map<String, Source> sources(Path file, String text) {
        Map<String, Source> sources = new LinkedHashMap<>();
        if (text == null) {
            return sources;
        }
        FrontMatterFile.parseYaml(file, text, problems)
                .ifPresent(
                        yaml ->
                                yaml.fields()
                                        .fields()
                                        .forEachRemaining(
                                                field -> {
                                                    String title =
                                                            field.getValue().isObject()
                                                                    ? field.getValue()
                                                                            .path("title")
                                                                            .asText("")
                                                                    : field.getValue().asText("");
                                                    if (title.isBlank()) {
                                                        problems.add(
                                                                file,
                                                                lineOf(yaml, "/" + field.getKey()),
                                                                "source '"
                                                                        + field.getKey()
                                                                        + "' needs a title");
                                                    } else {
                                                        sources.put(
                                                                field.getKey(),
                                                                new Source(
                                                                        field.getKey(),
                                                                        title.strip()));
                                                    }
                                                }));
        return sources;
    }

    List<Dimension> dimensions(Path file, String text) {
        List<Dimension> dimensions = new ArrayList<>();
        if (text == null) {
            return dimensions;
        }
        FrontMatterFile.parseYaml(file, text, problems)
                .ifPresent(
                        yaml ->
                                yaml.fields()
                                        .fields()
                                        .forEachRemaining(
                                                field -> {
                                                    if (!field.getValue().isValueNode()
                                                            || field.getValue()
                                                                    .asText()
                                                                    .isBlank()) {
                                                        problems.add(
                                                                file,
                                                                lineOf(yaml, "/" + field.getKey()),
                                                                "dimension '"
                                                                        + field.getKey()
                                                                        + "' needs a label");
                                                    } else {
                                                        dimensions.add(
                                                                new Dimension(
                                                                        field.getKey(),
                                                                        field.getValue()
                                                                                .asText()
                                                                                .strip()));
                                                    }
                                                }));
        return dimensions;
    }

    private static int lineOf(FrontMatterFile.YamlMapping yaml, String pointer) {
        return yaml.valueLines().getOrDefault(pointer, 1);
    }

    private static String idMatchingFileName(FieldReader fields) {
        String id = fields.requiredText("id");
        String fileName = fields.file().getFileName().toString();
        String expected = fileName.substring(0, fileName.length() - ".md".length());
        if (!id.isEmpty() && !id.equals(expected)) {
            fields.problem(
                    "/id",
                    "id '"
                            + id
                            + "' does not match the file name; rename the file to "
                            + id
                            + ".md or fix the id");
        }
        if (!id.isEmpty() && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            fields.problem("/id", "id '" + id + "' must be lower-case words joined by hyphens");
        }
        return id;
    }

    private String requiredBody(FrontMatterFile file) {
        if (file.body().isBlank()) {
            problems.add(
                    file.file(),
                    file.bodyLine(),
                    "missing body: write the text after the closing ---");
        }
        return file.body();
    }

    /** The first paragraph of the body, which must be a short direct answer. */
    private String shortAnswer(FrontMatterFile file, String body) {
        if (body.isBlank()) {
            return "";
        }
        String first = body.split("\\n\\s*\\n", 2)[0].strip();
        if (first.startsWith("#")
                || first.startsWith("-")
                || first.startsWith("* ")
                || first.startsWith("|")) {
            problems.add(
                    file.file(),
                    file.bodyLine(),
                    "the body must start with a one-sentence answer, not a heading, list or table");
        } else if (first.length() > MAXIMUM_SHORT_ANSWER) {
            problems.add(
                    file.file(),
                    file.bodyLine(),
                    "the first paragraph is the direct answer and must be short (at most "
                            + MAXIMUM_SHORT_ANSWER
                            + " characters, has "
                            + first.length()
                            + ")");
        }
        return first.replaceAll("\\s*\\n\\s*", " ");
    }
}
