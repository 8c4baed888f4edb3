package dev.tpmfaqbot.content;

/** Builds the catalogue's answer keys, so their spelling lives in one place. */
public final class Keys {
    public static final String NONE = "none";

    private Keys() {}

    public static String faq(String id) {
        return "faq:" + id;
    }

    public static String term(String id) {
        return "term:" + id;
    }

    /**
     * {@code compare:A:B} with the two role ids in alphabetical order, whichever order they come
     * in.
     */
    public static String comparison(String role, String otherRole) {
        return role.compareTo(otherRole) <= 0
                ? "compare:" + role + ":" + otherRole
                : "compare:" + otherRole + ":" + role;
    }
}
