package dev.tpmfaqbot.discord.fake;

/**
 * An interaction the fake gateway sent. The token carries the channel and guild ids, so the fake
 * REST server can place the reply messages without talking to the gateway.
 */
public record FakeInteraction(long id, String token, long channelId, long guildId) {

    public static FakeInteraction create(long channelId, long guildId) {
        long id = Snowflakes.next();
        String token =
                "itok."
                        + DiscordJson.id(channelId)
                        + "."
                        + DiscordJson.id(guildId)
                        + "."
                        + DiscordJson.id(id);
        return new FakeInteraction(id, token, channelId, guildId);
    }

    /** The path (below /api/v10/) JDA posts the initial response to. */
    public String callbackPath() {
        return "interactions/" + DiscordJson.id(id) + "/" + token + "/callback";
    }

    static long channelIdOf(String token) {
        return part(token, 1);
    }

    static long guildIdOf(String token) {
        return part(token, 2);
    }

    private static long part(String token, int index) {
        String[] parts = token.split("\\.");
        return parts.length == 4 && parts[0].equals("itok")
                ? Long.parseUnsignedLong(parts[index])
                : 0L;
    }
}
