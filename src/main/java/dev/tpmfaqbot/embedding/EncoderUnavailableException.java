package dev.tpmfaqbot.embedding;

/** The sentence model cannot run here (missing resource, no native library for this platform). */
public final class EncoderUnavailableException extends Exception {
    public EncoderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
