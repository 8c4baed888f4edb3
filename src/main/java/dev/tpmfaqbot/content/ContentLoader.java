package dev.tpmfaqbot.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a content folder (see the README, "Writing content") and validates all of it, reporting
 * every problem at once with its file and line.
 */
public final class ContentLoader {
    static final String ENTRIES = "entries";
    static final String TERMS = "terms";
    static final String ROLES = "roles";
    static final String COMPARISONS = "comparisons";

    private final Path folder;
    private final Path settingsFile;
    private final Path outOfScopeFile;
    private final Path askedFile;
    private final Problems problems = new Problems();

    private ContentLoader(Path folder) {
        this.folder = folder;
        this.settingsFile = folder.resolve("settings.yml");
        this.outOfScopeFile = folder.resolve("out-of-scope.yml");
        this.askedFile = folder.resolve("asked.yml");
    }

    /** Loads and validates the folder; throws with every problem found when anything is wrong. */
    public static Content load(Path folder) throws InvalidContentException {
        return new ContentLoader(folder).read();
    }

    private Content read() throws InvalidContentException {
        if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
            problems.add(folder, 1, "not a readable content folder");
            throw new InvalidContentException(problems.sorted());
        }
        EntryReaders readers = new EntryReaders(problems);
        Map<String, Source> sources =
                readers.sources(
                        folder.resolve("sources.yml"), readText(folder.resolve("sources.yml")));
        List<Dimension> dimensions =
                readers.dimensions(
                        folder.resolve("dimensions.yml"),
                        readText(folder.resolve("dimensions.yml")));
        List<Located<FaqEntry>> entries = readFolder(ENTRIES, readers::entry);
        List<Located<Term>> terms = readFolder(TERMS, readers::term);
        List<Located<Role>> roles = readFolder(ROLES, readers::role);
        List<Located<Comparison>> comparisons = readFolder(COMPARISONS, readers::comparison);
        Path onboardingFile = folder.resolve("onboarding.md");
        Optional<Located<Onboarding>> onboarding =
                Files.exists(onboardingFile)
                        ? readFile(onboardingFile, readers::onboarding)
                        : Optional.empty();
        Optional<Located<ContentSettings>> settings =
                readers.settings(settingsFile, readOptional(settingsFile));
        Optional<Located<OutOfScope>> outOfScope =
                readers.outOfScope(outOfScopeFile, readOptional(outOfScopeFile));
        Optional<Located<AskedQuestions>> asked = readers.asked(askedFile, readOptional(askedFile));

        new CrossChecks(
                        problems,
                        sources,
                        dimensions,
                        entries,
                        terms,
                        roles,
                        comparisons,
                        onboarding)
                .run(keysNamedByFiles(), settingsFile, settings, outOfScope);
        asked.ifPresent(a -> new AskedChecks(problems).run(a, keysNamedByFiles()));
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems.sorted());
        }
        return new Content(
                values(entries),
                values(terms),
                values(roles),
                values(comparisons),
                dimensions,
                sources,
                onboarding.map(Located::value).orElse(Onboarding.NONE),
                settings.map(Located::value).orElse(ContentSettings.DEFAULT),
                outOfScope.map(Located::value).orElse(OutOfScope.NONE),
                asked.map(Located::value).orElse(AskedQuestions.NONE));
    }

    /** An optional file's text, or null when there is none. */
    private String readOptional(Path file) {
        return Files.exists(file) ? readText(file) : null;
    }

    /**
     * The keys the files' names promise, including files that could not be read: a reference to a
     * file with broken YAML is not also reported as a reference to an unknown key.
     */
    private java.util.Set<String> keysNamedByFiles() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String folderName : List.of(ENTRIES, TERMS, COMPARISONS)) {
            Path sub = folder.resolve(folderName);
            if (!Files.isDirectory(sub)) {
                continue;
            }
            for (Path file : listFiles(sub)) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".md")) {
                    continue;
                }
                String id = name.substring(0, name.length() - ".md".length());
                keys.add(
                        switch (folderName) {
                            case ENTRIES -> Keys.faq(id);
                            case TERMS -> Keys.term(id);
                            default ->
                                    id.contains("--")
                                            ? Keys.comparison(
                                                    id.split("--", 2)[0], id.split("--", 2)[1])
                                            : id;
                        });
            }
        }
        return keys;
    }

    private <T> List<Located<T>> readFolder(
            String name, Function<FrontMatterFile, Optional<Located<T>>> reader) {
        Path sub = folder.resolve(name);
        if (!Files.isDirectory(sub)) {
            problems.add(sub, 1, "missing folder '" + name + "'");
            return List.of();
        }
        List<Located<T>> read = new ArrayList<>();
        for (Path file : listFiles(sub)) {
            if (!file.getFileName().toString().endsWith(".md")) {
                problems.add(file, 1, "not read: content files must end in .md");
                continue;
            }
            readFile(file, reader).ifPresent(read::add);
        }
        return read;
    }

    private <T> Optional<Located<T>> readFile(
            Path file, Function<FrontMatterFile, Optional<Located<T>>> reader) {
        String text = readText(file);
        if (text == null) {
            return Optional.empty();
        }
        return FrontMatterFile.parse(file, text, problems).flatMap(reader);
    }

    private List<Path> listFiles(Path sub) {
        return ContentFiles.list(sub, problems);
    }

    /** The file's text, or null (with a problem recorded) when it is missing or unreadable. */
    private String readText(Path file) {
        if (!ContentFiles.sizeAllowed(file, problems)) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(file, 1, "not UTF-8 text: save the file as UTF-8");
        } catch (IOException e) {
            problems.add(
                    file,
                    1,
                    Files.exists(file)
                            ? "cannot read the file: " + e.getMessage()
                            : "missing file");
        }
        return null;
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }
}
