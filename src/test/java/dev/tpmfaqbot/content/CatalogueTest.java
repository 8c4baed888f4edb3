package dev.tpmfaqbot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The content answers every key of the catalogue, the public contract in ../shared/catalogue.md.
 * Content owners may add keys of their own: more keys than the catalogue's are fine.
 */
class CatalogueTest {
    private static final Path CATALOGUE = Path.of("../shared/catalogue.md");
    private static final Path COPY = Path.of("src/test/resources/catalogue-keys.txt");

    @Test
    void everyCatalogueKeyIsAnswered() throws Exception {
        Set<String> missing = new TreeSet<>(Files.readAllLines(COPY));
        ContentLoader.load(Path.of("faq")).answerables().forEach(a -> missing.remove(a.key()));
        assertEquals(Set.of(), missing);
    }

    @Test
    void theKeptCopyMatchesTheCatalogueWhenItIsBeside() throws Exception {
        if (!Files.exists(CATALOGUE)) {
            return; // a clone without ../shared still checks against the kept copy above
        }
        assertEquals(new TreeSet<>(Files.readAllLines(COPY)), keysIn(Files.readString(CATALOGUE)));
    }

    /** Reads the catalogue's tables and lists: FAQ ids, term ids, and every pair of role ids. */
    static Set<String> keysIn(String catalogue) {
        Set<String> keys = new TreeSet<>();
        String faqSection =
                catalogue.substring(
                        catalogue.indexOf("## FAQ entries"),
                        catalogue.indexOf("## Glossary terms"));
        Matcher faq = Pattern.compile("(?m)^\\| ([a-z0-9-]+) \\|").matcher(faqSection);
        while (faq.find()) {
            if (!faq.group(1).equals("ID")) {
                keys.add(Keys.faq(faq.group(1)));
            }
        }
        String termSection =
                catalogue.substring(
                        catalogue.indexOf("## Glossary terms"),
                        catalogue.indexOf("## Roles for comparisons"));
        for (String id : termSection.substring(termSection.indexOf('\n')).split("[,\\s]+")) {
            if (id.matches("[a-z0-9-]+")) {
                keys.add(Keys.term(id));
            }
        }
        String roleSection =
                catalogue.substring(
                        catalogue.indexOf("## Roles for comparisons"),
                        catalogue.indexOf("## The key `none`"));
        Matcher role = Pattern.compile("(?m)^\\| ([a-z0-9-]+) \\|").matcher(roleSection);
        java.util.List<String> roles = new java.util.ArrayList<>();
        while (role.find()) {
            if (!role.group(1).equals("ID")) {
                roles.add(role.group(1));
            }
        }
        for (int i = 0; i < roles.size(); i++) {
            for (int j = i + 1; j < roles.size(); j++) {
                keys.add(Keys.comparison(roles.get(i), roles.get(j)));
            }
        }
        return keys;
    }
}
