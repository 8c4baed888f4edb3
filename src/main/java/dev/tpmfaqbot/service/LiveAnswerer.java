package dev.tpmfaqbot.service;

import dev.tpmfaqbot.answer.Answerer;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The answerer for the content currently served. A reload swaps in a new one atomically: a question
 * that already took the old one finishes on it (the old index is left to the garbage collector
 * rather than closed under a reader).
 */
public final class LiveAnswerer {
    private final AtomicReference<Answerer> current;

    public LiveAnswerer(Answerer initial) {
        this.current = new AtomicReference<>(initial);
    }

    public Answerer current() {
        return current.get();
    }

    public void swap(Answerer next) {
        current.set(next);
    }
}
