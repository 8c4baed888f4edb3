package dev.tpmfaqbot.discord;

import java.util.List;

/**
 * What one message shows before Discord's limits are applied: a title, a Markdown description,
 * fields (inline ones sit side by side), a footer and an accent colour.
 */
record Card(String title, String description, List<Field> fields, String footer, int color) {
    static final int BLUE = 0x3B82F6;
    static final int AMBER = 0xF59E0B;
    static final int GREY = 0x9CA3AF;
    static final int GREEN = 0x22C55E;

    Card {
        fields = List.copyOf(fields);
    }

    record Field(String name, String value, boolean inline) {}
}
