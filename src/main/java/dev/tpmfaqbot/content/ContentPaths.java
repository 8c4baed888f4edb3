package dev.tpmfaqbot.content;

/**
 * Where an answer's file is in the content folder (the loader requires these names), with {@code /}
 * between parts.
 */
public final class ContentPaths {
    /** Questions people asked, by key: where phrasings from traffic go. */
    public static final String ASKED = "asked.yml";

    private ContentPaths() {}

    public static String of(Answerable answerable) {
        if (answerable instanceof FaqEntry entry) {
            return ContentLoader.ENTRIES + "/" + entry.id() + ".md";
        }
        if (answerable instanceof Term term) {
            return ContentLoader.TERMS + "/" + term.id() + ".md";
        }
        Comparison comparison = (Comparison) answerable;
        return ContentLoader.COMPARISONS
                + "/"
                + comparison.firstRole()
                + "--"
                + comparison.secondRole()
                + ".md";
    }
}
