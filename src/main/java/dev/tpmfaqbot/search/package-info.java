/**
 * The Lucene side of answering: an in-memory index of the content ({@link
 * dev.tpmfaqbot.search.ContentIndex}) with its analysis chain (stemming, synonyms, spelling
 * correction), and chat-text cleaning ({@link dev.tpmfaqbot.text.ChatText}). How words are encoded
 * in the index stays inside this package. Uses {@code content}.
 */
package dev.tpmfaqbot.search;
