package dev.tpmfaqbot.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Tells an English word from a misspelling, with Lucene's Hunspell and the SCOWL en_US dictionary
 * (bundled, from Debian's hunspell-en-us; see COPYRIGHT-en_US.txt beside it). Only a word that is
 * not English is corrected: "skip" must not become "ship" because the content happens to say ship.
 */
final class EnglishWords {
    private static final String FOLDER = "hunspell/";
    private static final AtomicBoolean LOAD_STARTED = new AtomicBoolean();

    /**
     * One per process, loaded on first use: the dictionary does not depend on the content, so every
     * index (one per content reload) shares it, with one checker per answering thread.
     */
    private static final class Shared {
        static final Dictionary DICTIONARY = load();
        static final EnglishWords INSTANCE = new EnglishWords();
    }

    /** Hunspell keeps scratch state per call; the dictionary itself is immutable and shared. */
    private final ThreadLocal<Hunspell> checker =
            ThreadLocal.withInitial(() -> new Hunspell(Shared.DICTIONARY));

    private EnglishWords() {}

    static EnglishWords shared() {
        return Shared.INSTANCE;
    }

    /**
     * Starts loading the dictionary (about half a second) in the background, so that the first
     * question with an unknown word does not wait for it; one that comes earlier waits for the
     * load.
     */
    static void loadInBackground() {
        if (!LOAD_STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(() -> Shared.DICTIONARY.getClass(), "english-dictionary-loader");
        loader.setDaemon(true);
        loader.start();
    }

    boolean isWord(String word) {
        return checker.get().spell(word);
    }

    private static Dictionary load() {
        try (InputStream affixes = open("en_US.aff");
                InputStream words = open("en_US.dic");
                ByteBuffersDirectory scratch = new ByteBuffersDirectory()) {
            return new Dictionary(scratch, "hunspell", affixes, words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled English dictionary", e);
        } catch (ParseException e) {
            throw new IllegalStateException(
                    "the bundled English dictionary is malformed: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream stream = EnglishWords.class.getResourceAsStream(FOLDER + name);
        if (stream == null) {
            throw new IOException("missing resource " + FOLDER + name);
        }
        return stream;
    }
}
