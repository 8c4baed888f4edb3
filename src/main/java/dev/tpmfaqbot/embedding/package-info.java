/**
 * Sentence vectors: the e5-small-v2 model run in process with ONNX Runtime ({@link
 * dev.tpmfaqbot.embedding.SentenceEncoder}), its WordPiece tokenizer, the word-piece budget per
 * text, and the on-disk cache of content vectors. Knows nothing of content, keys or chat platforms.
 */
package dev.tpmfaqbot.embedding;
