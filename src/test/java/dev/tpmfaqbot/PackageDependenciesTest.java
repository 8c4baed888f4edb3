package dev.tpmfaqbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package map each {@code package-info.java} describes, checked against the imports: which
 * project packages each package may use, and which third-party libraries stay inside the adapters.
 */
class PackageDependenciesTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/tpmfaqbot");
    private static final Pattern PROJECT_IMPORT =
            Pattern.compile("^import (?:static )?dev\\.tpmfaqbot\\.(\\w+)\\.", Pattern.MULTILINE);
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    private static final Set<String> CORE =
            Set.of(
                    "answer",
                    "config",
                    "content",
                    "embedding",
                    "eval",
                    "http",
                    "onboarding",
                    "records",
                    "search",
                    "semantic",
                    "service",
                    "store",
                    "suggest",
                    "text",
                    "admin");

    /**
     * What each package may use; a package missing here fails the test, so a new one must be
     * placed.
     */
    private static final Map<String, Set<String>> ALLOWED =
            Map.ofEntries(
                    Map.entry("config", Set.of()),
                    Map.entry("content", Set.of()),
                    Map.entry("embedding", Set.of()),
                    Map.entry("text", Set.of()),
                    Map.entry("search", Set.of("content", "text")),
                    Map.entry("semantic", Set.of("content", "embedding")),
                    Map.entry("answer", Set.of("content", "search", "semantic", "text")),
                    Map.entry("eval", Set.of("answer", "content", "semantic")),
                    Map.entry("store", Set.of("text")),
                    Map.entry("records", Set.of("store")),
                    Map.entry("service", Set.of("answer", "content", "records", "store")),
                    Map.entry("onboarding", Set.of("answer", "content", "service", "store")),
                    Map.entry("http", Set.of("answer", "service")),
                    Map.entry("suggest", Set.of("content", "store")),
                    Map.entry(
                            "admin",
                            Set.of(
                                    "answer", "content", "http", "search", "service", "store",
                                    "suggest", "text")),
                    Map.entry(
                            "runtime",
                            Set.of(
                                    "admin",
                                    "answer",
                                    "config",
                                    "content",
                                    "embedding",
                                    "http",
                                    "onboarding",
                                    "records",
                                    "search",
                                    "semantic",
                                    "service",
                                    "store")),
                    Map.entry(
                            "cli",
                            Set.of(
                                    "answer",
                                    "config",
                                    "content",
                                    "embedding",
                                    "eval",
                                    "runtime",
                                    "search",
                                    "semantic",
                                    "service",
                                    "store",
                                    "suggest")),
                    Map.entry(
                            "slack",
                            Set.of(
                                    "answer",
                                    "config",
                                    "content",
                                    "http",
                                    "onboarding",
                                    "runtime",
                                    "service")),
                    Map.entry(
                            "discord",
                            Set.of(
                                    "answer",
                                    "config",
                                    "content",
                                    "onboarding",
                                    "runtime",
                                    "service")));

    @Test
    void eachPackageUsesOnlyWhatItsMapAllows() throws IOException {
        Set<String> violations = new TreeSet<>();
        for (Path file : javaFiles()) {
            String from = packageOf(file);
            Set<String> allowed = ALLOWED.get(from);
            if (allowed == null) {
                violations.add(from + ": a package the map does not place yet");
                continue;
            }
            Matcher imports = PROJECT_IMPORT.matcher(Files.readString(file));
            while (imports.find()) {
                String to = imports.group(1);
                if (!to.equals(from) && !allowed.contains(to)) {
                    violations.add(SOURCES.relativize(file) + " uses " + to);
                }
            }
        }
        assertEquals(Set.of(), violations);
    }

    @Test
    void theCoreImportsNoChatPlatformOrWebServerLibrary() throws IOException {
        Set<String> violations = new TreeSet<>();
        for (Path file : javaFiles()) {
            if (!CORE.contains(packageOf(file))) {
                continue;
            }
            Matcher imports = IMPORT.matcher(Files.readString(file));
            while (imports.find()) {
                String imported = imports.group(1);
                boolean platform =
                        imported.startsWith("com.slack.") || imported.startsWith("net.dv8tion.");
                boolean jettyOutsideHttp =
                        imported.startsWith("org.eclipse.jetty.")
                                && !packageOf(file).equals("http");
                if (platform || jettyOutsideHttp) {
                    violations.add(SOURCES.relativize(file) + " imports " + imported);
                }
            }
        }
        assertEquals(Set.of(), violations);
    }

    @Test
    void everyPackageSaysWhatLivesThere() throws IOException {
        for (String name : ALLOWED.keySet()) {
            assertTrue(
                    Files.isRegularFile(SOURCES.resolve(name).resolve("package-info.java")), name);
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getParent().equals(SOURCES)) // Main wires everything
                    .sorted()
                    .toList();
        }
    }

    private static String packageOf(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }
}
