package dev.tpmfaqbot.content;

/**
 * Choices the content owner makes for the whole folder, from {@code settings.yml} (optional).
 *
 * @param homeRole the role the content is about; a comparison naming one other role compares it
 *     with this one
 * @param defaultComparison the role compared with the home role when a comparison names only the
 *     home role
 */
public record ContentSettings(String homeRole, String defaultComparison) {

    public static final ContentSettings DEFAULT = new ContentSettings("tpm", "pm");
}
