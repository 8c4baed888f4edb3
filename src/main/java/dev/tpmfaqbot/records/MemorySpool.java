package dev.tpmfaqbot.records;

import dev.tpmfaqbot.store.Store.Recorded;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A spool that lives as long as the process: for tests and tools that have no folder for a file.
 */
final class MemorySpool implements RecordSpool {
    private final Deque<Recorded> waiting = new ArrayDeque<>();

    @Override
    public synchronized void append(List<Recorded> records) {
        waiting.addAll(records);
    }

    @Override
    public synchronized Chunk peek(int max) {
        List<Recorded> front = new ArrayList<>(Math.min(max, waiting.size()));
        for (Recorded recorded : waiting) {
            if (front.size() == max) {
                break;
            }
            front.add(recorded);
        }
        return new Chunk(front, front.size());
    }

    @Override
    public synchronized void remove(Chunk chunk) {
        for (int i = 0; i < chunk.end(); i++) {
            waiting.poll();
        }
    }

    @Override
    public synchronized long size() {
        return waiting.size();
    }

    @Override
    public String where() {
        return "memory";
    }

    @Override
    public void close() {}
}
