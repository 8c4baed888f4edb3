package dev.tpmfaqbot.search;

/**
 * How well a question matches one key, as bounded numbers that mean the same for every question
 * (unlike a raw BM25 score): each coverage is the share of the question's information (its words
 * weighted by how telling they are) that the key accounts for.
 *
 * @param retrievalScore the BM25-based score the key was retrieved with (comparable within one
 *     question only)
 * @param signatureCoverage share of the question found in the key's phrasings, tags and aliases
 * @param textCoverage share of the question found anywhere in the key, body included
 * @param phrasingSimilarity weighted overlap (Jaccard) with the key's closest phrasing
 */
public record KeyMatch(
        String key,
        double retrievalScore,
        double signatureCoverage,
        double textCoverage,
        double phrasingSimilarity) {}
