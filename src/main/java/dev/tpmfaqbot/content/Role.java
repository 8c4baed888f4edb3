package dev.tpmfaqbot.content;

import java.util.List;
import java.util.Map;

/** A role that can be compared, from {@code roles/ID.md}: dimension id to this role's value. */
public record Role(
        String id,
        String name,
        List<String> aliases,
        Map<String, String> dimensions,
        List<String> sources) {

    /** The name and every alias. */
    public List<String> names() {
        return Lists.concat(List.of(name), aliases);
    }
}
