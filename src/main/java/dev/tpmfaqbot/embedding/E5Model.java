package dev.tpmfaqbot.embedding;

import java.io.IOException;
import java.io.InputStream;

/**
 * The quantized e5-small-v2 sentence model and its vocabulary, read from the model jar that
 * langchain4j publishes on Maven Central (only its two resource files are used). e5 expects the
 * prefix {@code "query: "} on text; every text here gets it, questions and content alike.
 */
final class E5Model {
    static final String ID = "e5-small-v2-q";
    static final String PREFIX = "query: ";
    static final int DIMENSIONS = 384;
    private static final String MODEL = "/e5-small-v2-q.onnx";
    private static final String VOCABULARY = "/e5-small-v2-q-tokenizer.json";

    private E5Model() {}

    static WordPieceTokenizer tokenizer() throws IOException {
        try (InputStream in = open(VOCABULARY)) {
            return WordPieceTokenizer.fromTokenizerJson(in);
        }
    }

    static byte[] weights() throws IOException {
        try (InputStream in = open(MODEL)) {
            return in.readAllBytes();
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = E5Model.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("the model resource " + resource + " is not on the class path");
        }
        return in;
    }
}
