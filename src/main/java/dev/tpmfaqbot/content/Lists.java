package dev.tpmfaqbot.content;

import java.util.ArrayList;
import java.util.List;

final class Lists {
    private Lists() {}

    static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
