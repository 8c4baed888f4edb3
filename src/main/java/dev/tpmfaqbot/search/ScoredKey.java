package dev.tpmfaqbot.search;

/** A candidate answer key with its retrieval score; sorts best first. */
public record ScoredKey(String key, double score) implements Comparable<ScoredKey> {

    @Override
    public int compareTo(ScoredKey other) {
        int byScore = Double.compare(other.score, score);
        return byScore != 0 ? byScore : key.compareTo(other.key);
    }
}
