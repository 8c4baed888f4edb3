package dev.tpmfaqbot.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds sentences copied from the source articles into the content: every run of {@link #RUN}
 * consecutive words that a content file shares with an article. Facts may be carried over; wording
 * may not. Words are compared in lower case, ignoring punctuation, so re-punctuating a copied
 * sentence does not hide it.
 */
public final class CopiedRuns {
    /** Ten words in a row is a copied clause, not a shared phrase like "the product life cycle". */
    public static final int RUN = 10;

    private static final Pattern WORD = Pattern.compile("[a-z0-9$']+");

    private final Map<String, String> articleByRun = new HashMap<>();
    private int articles;

    private CopiedRuns() {}

    /** Reads every {@code *.txt} and {@code *.md} file in {@code articles}. */
    public static CopiedRuns from(Path articles) throws IOException {
        CopiedRuns runs = new CopiedRuns();
        for (Path article : filesIn(articles)) {
            runs.articles++;
            List<Word> words = words(Files.readString(article, StandardCharsets.UTF_8));
            for (int i = 0; i + RUN <= words.size(); i++) {
                runs.articleByRun.putIfAbsent(run(words, i), article.getFileName().toString());
            }
        }
        return runs;
    }

    /** How many article files were read. */
    public int articles() {
        return articles;
    }

    /**
     * Each copied run in the files under {@code content}, with its file and line; runs do not
     * overlap.
     */
    public List<ContentProblem> findIn(Path content) throws IOException {
        List<ContentProblem> copied = new ArrayList<>();
        for (Path file : filesIn(content)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<Word> words = words(text);
            for (int i = 0; i + RUN <= words.size(); i++) {
                String run = run(words, i);
                String article = articleByRun.get(run);
                if (article != null) {
                    copied.add(
                            new ContentProblem(
                                    file,
                                    lineOf(text, words.get(i).offset()),
                                    "\""
                                            + run
                                            + " …\" is copied from the article "
                                            + article
                                            + ": say it in your own words"));
                    i += RUN - 1;
                }
            }
        }
        return copied;
    }

    private record Word(String text, int offset) {}

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (matcher.find()) {
            words.add(new Word(matcher.group(), matcher.start()));
        }
        return words;
    }

    private static String run(List<Word> words, int from) {
        StringBuilder run = new StringBuilder();
        for (int i = from; i < from + RUN; i++) {
            run.append(i > from ? " " : "").append(words.get(i).text());
        }
        return run.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(
                            f ->
                                    f.toString().endsWith(".md")
                                            || f.toString().endsWith(".txt")
                                            || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }
}
