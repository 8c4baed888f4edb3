package dev.tpmfaqbot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Lays a {@link Card} out as embeds within Discord's limits: a description too long for one embed
 * continues in the next; fields and footer go on the last; whatever still does not fit the 6,000
 * characters of a message is trimmed (fields first lose their tail, then the description).
 */
final class EmbedFitter {
    /** Room kept for the description when fields would take everything. */
    private static final int DESCRIPTION_RESERVE = 1000;

    /** A footer (the sources) may be 2,048 characters, but must not crowd out the answer. */
    private static final int FOOTER_SHARE = 512;

    private EmbedFitter() {}

    static List<MessageEmbed> fit(Card card) {
        String title =
                DiscordLimits.trim(MentionSafety.neutralize(card.title()), DiscordLimits.TITLE);
        String footer =
                DiscordLimits.trim(card.footer(), Math.min(DiscordLimits.FOOTER, FOOTER_SHARE));
        List<Card.Field> fields =
                fields(
                        card.fields(),
                        DiscordLimits.EMBEDS_TOTAL
                                - title.length()
                                - footer.length()
                                - Math.min(DESCRIPTION_RESERVE, card.description().length()));
        int room = DiscordLimits.EMBEDS_TOTAL - title.length() - footer.length() - length(fields);
        String description = DiscordLimits.trim(MentionSafety.neutralize(card.description()), room);
        List<String> pieces = DiscordLimits.split(description, DiscordLimits.DESCRIPTION);
        if (pieces.isEmpty()) {
            pieces = List.of("");
        }
        List<MessageEmbed> embeds = new ArrayList<>();
        for (int i = 0; i < pieces.size() && i < DiscordLimits.EMBEDS; i++) {
            EmbedBuilder embed =
                    new EmbedBuilder().setColor(card.color()).setDescription(pieces.get(i));
            if (i == 0 && !title.isBlank()) {
                embed.setTitle(title);
            }
            if (i == pieces.size() - 1) {
                fields.forEach(f -> embed.addField(f.name(), f.value(), f.inline()));
                if (!footer.isBlank()) {
                    embed.setFooter(footer);
                }
            }
            embeds.add(embed.build());
        }
        return embeds;
    }

    /** At most 25 fields, each within its limits, together within {@code room} characters. */
    private static List<Card.Field> fields(List<Card.Field> wanted, int room) {
        List<Card.Field> fitted = new ArrayList<>();
        int used = 0;
        for (Card.Field field : wanted) {
            Card.Field trimmed =
                    new Card.Field(
                            DiscordLimits.trim(
                                    MentionSafety.neutralize(field.name()),
                                    DiscordLimits.FIELD_NAME),
                            DiscordLimits.trim(
                                    MentionSafety.neutralize(field.value()),
                                    DiscordLimits.FIELD_VALUE),
                            field.inline());
            int size = trimmed.name().length() + trimmed.value().length();
            if (fitted.size() == DiscordLimits.FIELDS || used + size > room) {
                break;
            }
            fitted.add(trimmed);
            used += size;
        }
        return fitted;
    }

    private static int length(List<Card.Field> fields) {
        return fields.stream().mapToInt(f -> f.name().length() + f.value().length()).sum();
    }
}
